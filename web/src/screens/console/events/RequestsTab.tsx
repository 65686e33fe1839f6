import { Table, Tag } from 'antd'
import { formatDateTime, formatTime } from '../../../app/format'
import { QueryState } from '../../../features/common/states'
import type { EventView } from '../../../features/events/events.queries'
import { REQUEST_STATUS, useMeetingRequests } from '../../../features/meetings/meetings.queries'
import { useLanguage } from '../../../i18n/language'

/** 约见: every meeting request at the event, as the coordinator oversees them; accepted ones are in the tray, marked ✉. */
export function RequestsTab({ event }: { event: EventView }) {
  const { language, t } = useLanguage()
  const requests = useMeetingRequests({ eventId: event.id })
  return (
    <QueryState query={requests}>
      {(d) => (
        <Table size="small" rowKey="id" dataSource={d.items} pagination={{ pageSize: 25, hideOnSinglePage: true }} scroll={{ x: 900 }}
          locale={{ emptyText: t('参会机构还没有发出约见', 'No meeting requests yet') }}
          columns={[
            { title: t('发起方', 'From'), render: (_, r) => <>{r.from.name}<br /><small>{r.requestedByName}</small></> },
            { title: t('约见对象', 'To'), render: (_, r) => r.to.name ?? '—' },
            { title: t('事由', 'About'), render: (_, r) => [r.need?.title, r.capability?.title].filter(Boolean).join(' ↔ ') },
            { title: t('留言', 'Message'), dataIndex: 'message', ellipsis: true },
            { title: t('状态', 'Status'), render: (_, r) => <Tag color={REQUEST_STATUS[r.status].color}>{t(REQUEST_STATUS[r.status].zh, REQUEST_STATUS[r.status].en)}</Tag> },
            { title: t('场次', 'Session'), render: (_, r) => (r.session ? `${formatTime(r.session.startsAt, event.timeZone)} ${r.session.tableName ?? ''}` : r.status === 'accepted' ? t('待排入', 'To place') : '—') },
            { title: t('发出时间', 'Sent'), render: (_, r) => formatDateTime(r.createdAt, language) },
          ]} />
      )}
    </QueryState>
  )
}
