import { useQuery } from '@tanstack/react-query'
import { Card, Table } from 'antd'
import { api, data, type Schemas } from '../../../api/client'
import { Muted } from '../../../features/common/text'
import { useLanguage } from '../../../i18n/language'

type Learned = Schemas['LearnedTerms']['items'][number]

/** What matching learned from the coordinators' decisions: read-only, so they can see what they taught it. */
export function LearnedTerms() {
  const { t } = useLanguage()
  const learned = useQuery({ queryKey: ['matching', 'learned-terms'], queryFn: () => data(api.GET('/api/v1/matching/learned-terms')) })
  const d = learned.data
  const waiting = d && d.decisions < d.minDecisions
  return (
    <Card size="small" style={{ marginTop: 16 }} title={t(`从对接决定中学到的词（${d?.associations ?? 0}）`, `Learned from decisions (${d?.associations ?? 0})`)}>
      <p style={{ marginTop: 0 }}><Muted>
        {waiting
          ? t(`已有 ${d.decisions} 条入围、采纳或否决的决定；满 ${d.minDecisions} 条后开始学习。`, `${d.decisions} decisions so far; learning starts at ${d.minDecisions}.`)
          : t('入围、采纳、对接和签约的组合教会匹配：需求里的词常与哪些服务能力的词相配。否决的组合记为反例。', 'Shortlisted, accepted, met and signed pairs teach matching which capability words go with which need words; rejections count against.')}
      </Muted></p>
      <Table<Learned> size="small" loading={learned.isPending} rowKey={(r) => `${r.needToken}/${r.capabilityToken}`} dataSource={d?.items ?? []}
        pagination={(d?.items.length ?? 0) > 10 ? { pageSize: 10, size: 'small' } : false} aria-label={t('学到的词', 'Learned words')}
        locale={{ emptyText: t('尚未学到', 'Nothing learned yet') }}
        columns={[
          { title: t('需求中的词', 'Need word'), dataIndex: 'needToken' },
          { title: t('服务能力中的词', 'Capability word'), dataIndex: 'capabilityToken' },
          { title: t('依据（对接数）', 'Pairs behind it'), dataIndex: 'support', width: 110 },
          { title: t('强度', 'Strength'), key: 'strength', width: 80, render: (_, r) => `${Math.round(r.strength * 100)}%` },
        ]} />
    </Card>
  )
}
