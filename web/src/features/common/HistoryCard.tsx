import { Card, Timeline } from 'antd'
import type { Schemas } from '../../api/client'
import { formatDateTime } from '../../app/format'
import { useLanguage } from '../../i18n/language'
import { QueryState } from './states'
import { Muted } from './text'

type Entry = Schemas['HistoryEntry']

/** A record's history, newest first: who changed what and when, and why a status moved. */
export function HistoryCard({ query, statusLabel }: { query: { isPending: boolean; error: unknown; data: { items: Entry[] } | undefined; refetch: () => unknown }; statusLabel: (code: string) => string }) {
  const { language, t } = useLanguage()
  const what = (e: Entry) => e.action === 'created' ? t('创建', 'Created')
    : e.action === 'status_changed' ? t(`状态：${statusLabel(e.fromStatus ?? '')} → ${statusLabel(e.toStatus ?? '')}`, `Status: ${statusLabel(e.fromStatus ?? '')} → ${statusLabel(e.toStatus ?? '')}`)
    : t(`修改：${Object.keys(e.changes).join('、')}`, `Edited: ${Object.keys(e.changes).join(', ')}`)
  return (
    <Card title={t('变更记录', 'History')} size="small">
      <QueryState query={query} rows={3}>
        {(h) => (
          <Timeline items={[...h.items].reverse().map((e) => ({
            key: e.id,
            content: <>{what(e)}{e.reason && <> · {e.reason}</>}<br /><Muted>{e.actorName} · {formatDateTime(e.at, language)}</Muted></>,
          }))} />
        )}
      </QueryState>
    </Card>
  )
}
