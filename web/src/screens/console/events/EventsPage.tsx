import { PlusOutlined } from '@ant-design/icons'
import { Link } from '@tanstack/react-router'
import { Button, Table, Tag } from 'antd'
import { formatDay } from '../../../app/format'
import { EmptyState, PageTitle, QueryState } from '../../../features/common/states'
import { EVENT_STATUS, KIND, useEvents } from '../../../features/events/events.queries'
import { useLanguage } from '../../../i18n/language'

/** 对接活动: every event, the coming ones first. */
export function EventsPage() {
  const { language, t } = useLanguage()
  const events = useEvents()
  return (
    <>
      <PageTitle title={t('对接活动', 'Docking events')} sub={t('创建活动、排程、确认并发出邀请、现场签到', 'Create, schedule, confirm and send invites, check in on the day')}
        extra={<Link to="/events/new"><Button type="primary" icon={<PlusOutlined aria-hidden />}>{t('创建对接活动', 'New event')}</Button></Link>} />
      <QueryState query={events}>
        {(d) => d.items.length === 0
          ? <EmptyState text={t('还没有对接活动', 'No events yet')} action={<Link to="/events/new"><Button type="primary">{t('创建第一场活动', 'Create the first')}</Button></Link>} />
          : (
            <Table aria-label={t('对接活动列表', 'Events')} rowKey="id" pagination={false} scroll={{ x: 'max-content' }}
              dataSource={[...d.items].sort((a, b) => b.days[0]!.startsAt.localeCompare(a.days[0]!.startsAt))}
              columns={[
                { title: t('活动', 'Event'), dataIndex: 'title', render: (title: string, e) => <Link to="/events/$eventId" params={{ eventId: e.id }}>{title}</Link> },
                { title: t('日期', 'Date'), key: 'date', render: (_, e) => `${formatDay(e.days[0]!.startsAt, e.timeZone, language)}${e.days.length > 1 ? t(` 起 ${e.days.length} 天`, ` +${e.days.length - 1}`) : ''}` },
                { title: t('形式', 'Kind'), dataIndex: 'kind', render: (k: string) => t(KIND[k]!.zh, KIND[k]!.en) },
                { title: t('县市区', 'County'), dataIndex: 'county' },
                { title: t('桌位', 'Tables'), key: 'tables', render: (_, e) => e.tables.length },
                { title: t('时段', 'Slots'), dataIndex: 'slots' },
                { title: t('受邀机构', 'Invited'), key: 'invited', render: (_, e) => e.invitedOrganizationIds.length },
                { title: t('状态', 'Status'), dataIndex: 'status', render: (s: string) => <Tag color={EVENT_STATUS[s]!.color}>{t(EVENT_STATUS[s]!.zh, EVENT_STATUS[s]!.en)}</Tag> },
              ]} />
          )}
      </QueryState>
    </>
  )
}
