import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { App, Button, Card, Col, Input, List, Row, Select, Space, Table, Tag } from 'antd'
import { useState } from 'react'
import { api, data, type Schemas } from '../../../api/client'
import { Muted } from '../../../features/common/text'
import { useLanguage } from '../../../i18n/language'
import { LearnedTerms } from './LearnedTerms'
import { NeedPicker } from './NeedPicker'
import { needMatchesQuery } from '../console.data'

type Group = Schemas['TermGroup']
interface Draft { id: string | null; terms: string[]; note: string }

/**
 * 术语表: groups of words that mean the same to the matcher. An edit is previewed on a chosen need —
 * its ranking now beside its ranking with the edit — before it is saved; a deletion can be undone.
 */
export function TermEditor({ needId, setNeed }: { needId?: string | undefined; setNeed: (id: string | undefined) => void }) {
  const { t } = useLanguage()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const groups = useQuery({ queryKey: ['match-terms'], queryFn: () => data(api.GET('/api/v1/match-terms')) })
  const [filter, setFilter] = useState('')
  const [draft, setDraft] = useState<Draft | null>(null)
  const refresh = () => Promise.all([queryClient.invalidateQueries({ queryKey: ['match-terms'] }), queryClient.invalidateQueries({ queryKey: ['need'] })])
  const save = async () => {
    if (!draft) return
    try {
      const body = { terms: draft.terms, ...(draft.note.trim() ? { note: draft.note.trim() } : {}) }
      if (draft.id) await data(api.PUT('/api/v1/match-terms/{id}', { params: { path: { id: draft.id } }, body }))
      else await data(api.POST('/api/v1/match-terms', { body }))
      await refresh(); setDraft(null); message.success(t('已保存；之后的推荐按新的术语表计算', 'Saved; suggestions use it from now on'))
    } catch (e) { message.error((e as Error).message) }
  }
  const remove = async (g: Group) => {
    try {
      await api.DELETE('/api/v1/match-terms/{id}', { params: { path: { id: g.id } } })
      await refresh()
      const key = `term-${g.id}`
      message.success({ key, duration: 8, content: <span>{t(`已删除「${g.terms.join(' / ')}」`, `Deleted “${g.terms.join(' / ')}”`)} <a role="button" tabIndex={0} onClick={() => { message.destroy(key); void data(api.POST('/api/v1/match-terms', { body: { terms: g.terms, ...(g.note ? { note: g.note } : {}) } })).then(refresh) }}>{t('撤销', 'Undo')}</a></span> })
    } catch (e) { message.error((e as Error).message) }
  }
  const shown = (groups.data?.items ?? []).filter((g) => !filter || g.terms.some((x) => x.includes(filter)) || (g.note ?? '').includes(filter))
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={10}>
        <Card size="small" title={t(`术语表（${groups.data?.items.length ?? 0} 组）`, `Term list (${groups.data?.items.length ?? 0} groups)`)}
          extra={<Button size="small" type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setDraft({ id: null, terms: [], note: '' })}>{t('新建一组', 'New group')}</Button>}>
          <Input.Search allowClear placeholder={t('查找词语', 'Find a word')} aria-label={t('查找术语', 'Find a term')} onChange={(e) => setFilter(e.target.value.trim())} style={{ marginBottom: 8 }} />
          <List size="small" loading={groups.isPending} dataSource={shown} pagination={shown.length > 15 ? { pageSize: 15, size: 'small' } : false}
            renderItem={(g) => (
              <List.Item actions={[
                <Button key="e" size="small" type="text" icon={<EditOutlined aria-hidden />} aria-label={t(`编辑：${g.terms.join('、')}`, `Edit: ${g.terms.join(', ')}`)} onClick={() => setDraft({ id: g.id, terms: g.terms, note: g.note ?? '' })} />,
                <Button key="d" size="small" type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={t(`删除：${g.terms.join('、')}`, `Delete: ${g.terms.join(', ')}`)} onClick={() => void remove(g)} />,
              ]}>
                <div>{g.terms.map((x) => <Tag key={x}>{x}</Tag>)}{g.note && <div><Muted>{g.note}</Muted></div>}</div>
              </List.Item>
            )} />
        </Card>
        <LearnedTerms />
      </Col>
      <Col xs={24} xl={14}>
        <Card size="small" title={draft ? (draft.id ? t('编辑词组', 'Edit the group') : t('新建词组', 'New group')) : t('修改预览', 'Preview of an edit')}>
          {draft && (
            <Space orientation="vertical" style={{ width: '100%', marginBottom: 12 }}>
              <Select mode="tags" value={draft.terms} onChange={(terms: string[]) => setDraft({ ...draft, terms })} tokenSeparators={[',', '，', '、', ' ']} open={false} aria-label={t('同义的词（回车分隔）', 'Words that mean the same (Enter between)')} placeholder={t('输入同义的词，回车分隔，如：断经 经纱断头', 'Words meaning the same, Enter between')} style={{ width: '100%' }} />
              <Input value={draft.note} onChange={(e) => setDraft({ ...draft, note: e.target.value })} placeholder={t('说明（可选）', 'Note (optional)')} aria-label={t('说明', 'Note')} maxLength={200} />
              <Space><Button type="primary" disabled={draft.terms.length < 2} onClick={() => void save()}>{t('保存', 'Save')}</Button><Button onClick={() => setDraft(null)}>{t('取消', 'Cancel')}</Button></Space>
            </Space>
          )}
          <NeedPicker needId={needId} onChange={setNeed} />
          {needId && <Preview needId={needId} groups={groups.data?.items ?? []} draft={draft} />}
          {!needId && <Muted style={{ display: 'block', marginTop: 8 }}>{t('选择一项需求，看修改前后它的推荐排序如何变化。', 'Choose a need to see its ranking before and after the edit.')}</Muted>}
        </Card>
      </Col>
    </Row>
  )
}

function Preview({ needId, groups, draft }: { needId: string; groups: Group[]; draft: Draft | null }) {
  const { t } = useLanguage()
  const edited = draft && draft.terms.length >= 2 ? [...groups.filter((g) => g.id !== draft.id).map((g) => g.terms), draft.terms] : null
  const now = useQuery(needMatchesQuery(needId, 10))
  const after = useQuery({
    queryKey: ['matching', 'preview', needId, edited],
    enabled: !!edited,
    queryFn: () => data(api.POST('/api/v1/needs/{id}/matches/preview', { params: { path: { id: needId }, query: { limit: 10 } }, body: { termGroups: edited! } })),
  })
  const before = new Map((now.data?.items ?? []).map((c, i) => [c.capabilityId, i]))
  const scoreBefore = new Map((now.data?.items ?? []).map((c) => [c.capabilityId, Math.round(c.score * 100)]))
  const rows = (edited ? after.data?.items : now.data?.items) ?? []
  return (
    <Table size="small" rowKey="capabilityId" style={{ marginTop: 12 }} loading={now.isPending || (!!edited && after.isPending)} pagination={false} dataSource={rows}
      aria-label={edited ? t('修改后的排序', 'Ranking with the edit') : t('当前排序', 'Ranking now')}
      title={() => (edited ? t('修改后的前 10 名（与现在相比）', 'Top 10 with the edit (against now)') : t('当前前 10 名；编辑词组即可预览变化', 'Top 10 now; edit a group to preview'))}
      columns={[
        { title: '#', key: 'rank', width: 40, render: (_, __, i) => i + 1 },
        { title: t('服务能力', 'Capability'), key: 'title', render: (_, c) => c.capability.title },
        { title: t('得分', 'Score'), key: 'score', width: 96, render: (_, c) => {
          const score = Math.round(c.score * 100)
          const was = scoreBefore.get(c.capabilityId)
          return <>{score}{edited && was !== undefined && was !== score && <Muted> （{score > was ? '+' : ''}{score - was}）</Muted>}</>
        } },
        { title: t('变化', 'Change'), key: 'move', width: 90, render: (_, c, i) => {
          if (!edited) return null
          const was = before.get(c.capabilityId)
          if (was === undefined) return <Tag color="green">{t('新进', 'new')}</Tag>
          return was === i ? <Muted>—</Muted> : was > i ? <Tag color="green">↑{was - i}</Tag> : <Tag color="orange">↓{i - was}</Tag>
        } },
      ]} />
  )
}
