import { Table, Tag } from 'antd'
import { formatTime } from '../../../app/format'
import { Muted } from '../../../features/common/text'
import type { EventView, Planning, Session } from '../../../features/events/events.queries'
import { useLanguage } from '../../../i18n/language'

interface Row { personId: string; name: string; windows?: { startsAt: string; endsAt: string }[]; busy: Set<number> }

/** 可到场时间: everyone who attends or is to attend, slot by slot: free, busy in a session, or away. */
export function AvailabilityTab({ event, sessions, planning }: { event: EventView; sessions: Session[]; planning: Planning }) {
  const { t } = useLanguage()
  const people = new Map<string, Row>()
  const add = (personId: string, name: string) => people.get(personId) ?? people.set(personId, { personId, name, busy: new Set() }).get(personId)!
  for (const m of planning.unplaced) for (const a of m.attendees) add(a.personId, a.name)
  for (const s of sessions.filter((x) => x.status !== 'cancelled')) {
    for (const a of s.attendees) {
      const row = add(a.personId, a.name)
      planning.slots.forEach((slot, i) => { if (Date.parse(slot.startsAt) < Date.parse(s.endsAt) && Date.parse(s.startsAt) < Date.parse(slot.endsAt)) row.busy.add(i) })
    }
  }
  for (const a of planning.availability) add(a.personId, a.name).windows = a.windows
  const within = (row: Row, i: number) => !row.windows || row.windows.some((w) => Date.parse(w.startsAt) <= Date.parse(planning.slots[i]!.startsAt) && Date.parse(planning.slots[i]!.endsAt) <= Date.parse(w.endsAt))
  const rows = [...people.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh'))
  return (
    <>
      <Muted style={{ display: 'block', marginBottom: 8 }}>{t('未填写可到场时间的人视为全天可到。', 'Who gave no times is taken to be free all day.')}
        {' '}<Tag color="blue">{t('对接中', 'in a session')}</Tag><Tag>{t('可到场', 'free')}</Tag><Tag color="orange">{t('不便到场', 'away')}</Tag></Muted>
      <Table<Row> size="small" rowKey="personId" pagination={false} dataSource={rows} scroll={{ x: 'max-content', y: 520 }} aria-label={t('各人可到场时间', 'Who can come when')}
        locale={{ emptyText: t('还没有参会人', 'No attendees yet') }}
        columns={[
          { title: t('姓名', 'Name'), dataIndex: 'name', fixed: 'left', width: 110 },
          ...planning.slots.map((slot, i) => ({
            title: formatTime(slot.startsAt, event.timeZone), key: String(i), width: 64,
            render: (_: unknown, row: Row) => row.busy.has(i) ? <Tag color="blue">{t('对接', 'busy')}</Tag> : within(row, i) ? <Muted>·</Muted> : <Tag color="orange">{t('不便', 'away')}</Tag>,
          })),
        ]} />
    </>
  )
}
