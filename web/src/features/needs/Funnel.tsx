import { Steps, Timeline, Typography } from 'antd'
import { formatDateTime } from '../../app/format'
import { labelOf, useVocabularies } from '../../api/queries'
import { useLanguage } from '../../i18n/language'
import type { Schemas } from '../../api/client'

const STEPS = ['published', 'matched', 'shortlisted', 'scheduled', 'held', 'intention', 'agreement', 'resolved']

/** Where a need stands along the funnel, and how it got there (from its history). */
export function Funnel({ status, history }: { status: string; history: Schemas['HistoryEntry'][] }) {
  const { language, t } = useLanguage()
  const vocabularies = useVocabularies()
  const reached = new Map<string, string>()
  for (const h of [...history].sort((a, b) => a.at.localeCompare(b.at))) if (h.toStatus && !reached.has(h.toStatus)) reached.set(h.toStatus, h.at)
  const ended = status === 'withdrawn' || status === 'closed'
  const current = ended ? -1 : STEPS.indexOf(status)
  return (
    <>
      <Steps size="small" orientation="vertical" current={current} status={ended ? 'error' : undefined} style={{ marginBottom: 16 }}
        items={STEPS.map((s, i) => ({
          title: labelOf(vocabularies.data?.needStatuses, s, language),
          content: reached.has(s) ? formatDateTime(reached.get(s)!, language) : i <= current ? t('已完成', 'done') : undefined,
        }))} />
      {ended && <Typography.Paragraph type="danger">{labelOf(vocabularies.data?.needStatuses, status, language)}</Typography.Paragraph>}
      <Typography.Title level={3} style={{ fontSize: 15 }}>{t('变更记录', 'History')}</Typography.Title>
      <Timeline items={[...history].reverse().map((h) => ({
        content: (
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>{formatDateTime(h.at, language)} · {h.actorName}</Typography.Text><br />
            {h.action === 'created' ? t('创建', 'Created') : h.action === 'status_changed'
              ? `${labelOf(vocabularies.data?.needStatuses, h.fromStatus, language)} → ${labelOf(vocabularies.data?.needStatuses, h.toStatus, language)}`
              : t(`修改了 ${Object.keys(h.changes).length} 项`, `${Object.keys(h.changes).length} field(s) changed`)}
            {h.reason && <div><Typography.Text type="secondary">{h.reason}</Typography.Text></div>}
          </div>
        ),
      }))} />
    </>
  )
}
