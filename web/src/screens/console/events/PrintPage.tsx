import { useParams, useSearch } from '@tanstack/react-router'
import { Button } from 'antd'
import { formatDay, formatTime } from '../../../app/format'
import { QueryState } from '../../../features/common/states'
import { useEvent, useEventSessions, type EventView, type Session } from '../../../features/events/events.queries'
import { useLanguage } from '../../../i18n/language'

/** What a coordinator prints for the day: a sheet per table, a timetable per person, the sign-in list. */
export function PrintPage() {
  const { eventId } = useParams({ strict: false }) as { eventId: string }
  const { view } = useSearch({ strict: false }) as { view?: string }
  const event = useEvent(eventId)
  const sessions = useEventSessions(eventId)
  const { t } = useLanguage()
  return (
    <div className="jq-print">
      <div className="jq-print-tools" style={{ marginBottom: 16 }}><Button type="primary" onClick={() => window.print()}>{t('打印', 'Print')}</Button></div>
      <QueryState query={event}>{(e) => <QueryState query={sessions}>{(s) => {
        const live = s.items.filter((x) => x.status !== 'cancelled')
        if (view === 'people') return <PerPerson event={e} sessions={live} />
        if (view === 'sign-in') return <SignIn event={e} sessions={live} />
        return <PerTable event={e} sessions={live} />
      }}</QueryState>}</QueryState>
    </div>
  )
}

const when = (e: EventView, s: Session, language: 'zh' | 'en') => `${formatDay(s.startsAt, e.timeZone, language)} ${formatTime(s.startsAt, e.timeZone)}–${formatTime(s.endsAt, e.timeZone)}`

function PerTable({ event, sessions }: { event: EventView; sessions: Session[] }) {
  const { language, t } = useLanguage()
  const tables = event.tables.length ? event.tables : [{ id: null, name: t('线上', 'Online'), capacity: 0 }]
  return <>{tables.map((table) => {
    const here = sessions.filter((s) => s.tableId === table.id)
    return (
      <section key={table.id ?? 'online'} className="jq-print-sheet">
        <h1 style={{ fontSize: 22 }}>{event.title} · {t('桌位', 'Table')} {table.name}</h1>
        <table><thead><tr><th>{t('时间', 'Time')}</th><th>{t('技术需求', 'Need')}</th><th>{t('服务能力', 'Capability')}</th><th>{t('参会人', 'Attendees')}</th></tr></thead>
          <tbody>{here.length === 0 ? <tr><td colSpan={4}>{t('本桌暂无安排', 'Nothing at this table')}</td></tr> : here.map((s) => (
            <tr key={s.id}><td>{when(event, s, language)}</td><td>{s.needTitle}</td><td>{s.capabilityTitle}</td><td>{s.attendees.map((a) => `${a.name}（${a.organizationName ?? ''}）`).join('；')}</td></tr>
          ))}</tbody></table>
      </section>
    )
  })}</>
}

function PerPerson({ event, sessions }: { event: EventView; sessions: Session[] }) {
  const { language, t } = useLanguage()
  const people = new Map<string, { name: string; organization: string | null; sessions: Session[] }>()
  for (const s of sessions) for (const a of s.attendees) {
    const p = people.get(a.personId) ?? { name: a.name, organization: a.organizationName, sessions: [] }
    p.sessions.push(s)
    people.set(a.personId, p)
  }
  return <>{[...people.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh')).map((p) => (
    <section key={p.name + p.organization} className="jq-print-sheet">
      <h1 style={{ fontSize: 22 }}>{p.name}<small style={{ fontWeight: 400 }}>（{p.organization}）</small></h1>
      <p>{event.title} · {event.venue ?? event.onlineUrl ?? ''}</p>
      <table><thead><tr><th>{t('时间', 'Time')}</th><th>{t('桌位', 'Table')}</th><th>{t('对接内容', 'About')}</th><th>{t('对方', 'With')}</th></tr></thead>
        <tbody>{p.sessions.map((s) => (
          <tr key={s.id}><td>{when(event, s, language)}</td><td>{s.tableName ?? t('线上', 'Online')}</td><td>{s.needTitle}</td><td>{s.attendees.filter((a) => a.name !== p.name).map((a) => `${a.name}（${a.organizationName ?? ''}）`).join('；')}</td></tr>
        ))}</tbody></table>
    </section>
  ))}</>
}

function SignIn({ event, sessions }: { event: EventView; sessions: Session[] }) {
  const { t } = useLanguage()
  const people = new Map<string, { name: string; organization: string | null }>()
  for (const s of sessions) for (const a of s.attendees) people.set(a.personId, { name: a.name, organization: a.organizationName })
  return (
    <section>
      <h1 style={{ fontSize: 22 }}>{event.title} · {t('签到表', 'Sign-in list')}</h1>
      <table><thead><tr><th style={{ width: 40 }}>#</th><th>{t('姓名', 'Name')}</th><th>{t('单位', 'Organisation')}</th><th style={{ width: 160 }}>{t('签名', 'Signature')}</th></tr></thead>
        <tbody>{[...people.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh')).map((p, i) => <tr key={i}><td>{i + 1}</td><td>{p.name}</td><td>{p.organization}</td><td /></tr>)}</tbody></table>
    </section>
  )
}
