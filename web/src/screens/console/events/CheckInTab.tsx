import { useQuery } from '@tanstack/react-query'
import { App, Button, Card, Col, Input, Row, Space, Table, Tag } from 'antd'
import { Link } from '@tanstack/react-router'
import { useMemo, useState, type Key } from 'react'
import { api, data } from '../../../api/client'
import { formatTime } from '../../../app/format'
import { Muted } from '../../../features/common/text'
import { SESSION_STATUS, useRefreshEvent, type EventView, type Session } from '../../../features/events/events.queries'
import { useLanguage } from '../../../i18n/language'

const providerOf = (s: Session) => s.attendees.find((a) => a.side === 'provider')?.organizationId ?? null

interface Attendee { personId: string; name: string; organizationName: string | null; side: string; checkedInAt: string | null; times: string[] }

/** 现场签到: find a person by name or phone and check them in; then mark sessions held or missed, many at once. */
export function CheckInTab({ event, sessions }: { event: EventView; sessions: Session[] }) {
  const { t } = useLanguage()
  const { message, modal } = App.useApp()
  const refresh = useRefreshEvent(event.id)
  const [text, setText] = useState('')
  const [selected, setSelected] = useState<Key[]>([])
  const live = useMemo(() => sessions.filter((s) => s.status !== 'cancelled'), [sessions])
  const attendees = useMemo(() => {
    const byPerson = new Map<string, Attendee>()
    for (const s of live) for (const a of s.attendees) {
      const seen = byPerson.get(a.personId) ?? { personId: a.personId, name: a.name, organizationName: a.organizationName, side: a.side, checkedInAt: a.checkedInAt, times: [] }
      seen.times.push(formatTime(s.startsAt, event.timeZone))
      seen.checkedInAt = seen.checkedInAt ?? a.checkedInAt
      byPerson.set(a.personId, seen)
    }
    return [...byPerson.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh'))
  }, [live, event.timeZone])
  // A phone number (or part of an e-mail) is looked up in the directory; a name is matched here.
  const lookup = text.trim()
  const byPhone = useQuery({ queryKey: ['people', 'q', lookup], enabled: /[\d@]/.test(lookup), queryFn: () => data(api.GET('/api/v1/people', { params: { query: { q: lookup, limit: 100 } } })) })
  const found = new Set(byPhone.data?.items.map((p) => p.id) ?? [])
  const shown = lookup ? attendees.filter((a) => a.name.includes(lookup) || (a.organizationName ?? '').includes(lookup) || found.has(a.personId)) : attendees

  const checkIn = async (a: Attendee, present: boolean) => {
    try {
      await data(api.POST('/api/v1/events/{id}/check-in', { params: { path: { id: event.id } }, body: { personId: a.personId, present } }))
      await refresh()
      message.success(present ? t(`${a.name} 已签到`, `${a.name} checked in`) : t(`已撤销 ${a.name} 的签到`, `Check-in undone for ${a.name}`))
    } catch (e) { message.error((e as Error).message) }
  }
  const mark = (status: 'held' | 'no_show') => modal.confirm({
    title: status === 'held' ? t(`将 ${selected.length} 场标记为已举行？`, `Mark ${selected.length} held?`) : t(`将 ${selected.length} 场标记为未到场？`, `Mark ${selected.length} as no-show?`),
    content: status === 'held' ? t('已举行的对接会会计入统计，参会人会收到会后回访。', 'Held sessions count in the figures, and attendees get the follow-up.') : t('未到场的对接会不计入统计。', 'No-shows do not count in the figures.'),
    okText: t('确定', 'OK'), cancelText: t('取消', 'Cancel'),
    onOk: async () => {
      try {
        await data(api.POST('/api/v1/sessions/bulk', { body: { sessionIds: selected.map(String), status } }))
        setSelected([])
        await refresh()
        message.success(t('已更新', 'Updated'))
      } catch (e) { message.error((e as Error).message) }
    },
  })
  const present = attendees.filter((a) => a.checkedInAt).length
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={10}>
        <Card size="small" title={t(`签到（${present} / ${attendees.length}）`, `Check-in (${present} / ${attendees.length})`)}>
          <Input.Search allowClear value={text} onChange={(e) => setText(e.target.value)} placeholder={t('姓名、单位或手机号', 'Name, organisation or phone')} aria-label={t('查找参会人', 'Find an attendee')} style={{ marginBottom: 8 }} />
          <Table<Attendee> size="small" rowKey="personId" pagination={false} dataSource={shown} aria-label={t('参会人', 'Attendees')} scroll={{ y: 480 }}
            locale={{ emptyText: lookup ? t('没有找到此人；请核对姓名或手机号', 'Nobody found; check the name or phone') : t('本活动还没有已安排的对接会', 'No sessions yet') }}
            columns={[
              { title: t('姓名', 'Name'), dataIndex: 'name', render: (n: string, a) => <><strong>{n}</strong><br /><Muted>{a.organizationName}</Muted></> },
              { title: t('时段', 'Times'), key: 'times', render: (_, a) => a.times.join('、') },
              { title: t('签到', 'Checked in'), key: 'in', render: (_, a) => a.checkedInAt
                ? <Space><Tag color="green">{t('已签到', 'In')} {formatTime(a.checkedInAt, event.timeZone)}</Tag><Button size="small" type="link" onClick={() => void checkIn(a, false)}>{t('撤销', 'Undo')}</Button></Space>
                : <Button size="small" type="primary" onClick={() => void checkIn(a, true)} aria-label={t(`为 ${a.name} 签到`, `Check ${a.name} in`)}>{t('签到', 'Check in')}</Button> },
            ]} />
        </Card>
      </Col>
      <Col xs={24} xl={14}>
        <Card size="small" title={t('对接会', 'Sessions')} extra={<Space>
          <Button disabled={selected.length === 0} type="primary" onClick={() => mark('held')}>{t(`标记已举行（${selected.length}）`, `Mark held (${selected.length})`)}</Button>
          <Button disabled={selected.length === 0} danger onClick={() => mark('no_show')}>{t('标记未到场', 'Mark no-show')}</Button>
        </Space>}>
          <Table<Session> size="small" rowKey="id" pagination={false} dataSource={live} aria-label={t('本活动的对接会', 'The event’s sessions')} scroll={{ y: 480 }}
            rowSelection={{ selectedRowKeys: selected, onChange: setSelected, getCheckboxProps: (s) => ({ disabled: ['held', 'no_show'].includes(s.status), 'aria-label': t(`选择：${s.needTitle}`, `Select: ${s.needTitle}`) }) }}
            columns={[
              { title: t('时间', 'Time'), key: 'time', render: (_, s) => formatTime(s.startsAt, event.timeZone) },
              { title: t('桌位', 'Table'), dataIndex: 'tableName' },
              { title: t('需求', 'Need'), dataIndex: 'needTitle' },
              { title: t('参会人', 'Attendees'), key: 'who', render: (_, s) => s.attendees.map((a) => `${a.name}${a.checkedInAt ? ' ✓' : ''}`).join('、') },
              { title: t('状态', 'Status'), dataIndex: 'status', render: (st: string) => <Tag color={SESSION_STATUS[st]!.color}>{t(SESSION_STATUS[st]!.zh, SESSION_STATUS[st]!.en)}</Tag> },
              { title: t('成果', 'Outcome'), key: 'outcome', render: (_, s) => s.status === 'held' && s.needId ? (
                <Link to="/outcomes" search={{ tab: 'record', needId: s.needId, sessionId: s.id, ...(providerOf(s) ? { providerId: providerOf(s)! } : {}) }}>{t('登记成果', 'Record')}</Link>
              ) : null },
            ]} />
        </Card>
      </Col>
    </Row>
  )
}
