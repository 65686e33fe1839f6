import { ThunderboltOutlined, SendOutlined } from '@ant-design/icons'
import { Alert, App, Button, Card, Checkbox, Col, Empty, Row, Select, Space, Tag } from 'antd'
import { useEffect, useMemo, useState } from 'react'
import { formatDay, formatTime } from '../../../app/format'
import { Muted } from '../../../features/common/text'
import { SESSION_STATUS, type EventView, type Planning, type Proposal, type Session } from '../../../features/events/events.queries'
import { describe, verdicts, type Booked, type Chosen, type Table } from '../../../features/timetable/grid-model'
import { TimetableGrid, answerText, type GridCard } from '../../../features/timetable/TimetableGrid'
import { useLanguage } from '../../../i18n/language'
import { PRIORITY, ProposalSummary } from './ProposalSummary'
import { ONLINE, useTimetableActions } from './timetable-actions'

type Pick = { kind: 'session'; id: string } | { kind: 'tray'; matchId: string } | null

const booked = (s: Session): Booked => ({ id: s.id, tableId: s.tableId ?? ONLINE, startsAt: s.startsAt, endsAt: s.endsAt, status: s.status, label: s.needTitle ?? '', attendees: s.attendees })

/** 排程: the grid, the tray of meetings to place, the scheduler's proposal, and confirming. */
export function TimetableTab({ event, sessions, planning }: { event: EventView; sessions: Session[]; planning: Planning }) {
  const { language, t } = useLanguage()
  const { message } = App.useApp()
  const actions = useTimetableActions(event)
  const [pick, setPick] = useState<Pick>(null)
  const [proposal, setProposal] = useState<Proposal | null>(null)
  const [proposing, setProposing] = useState(false)
  const [groupSessions, setGroupSessions] = useState(false)
  const live = useMemo(() => sessions.filter((s) => s.status !== 'cancelled'), [sessions])
  const tables: Table[] = event.tables.length ? event.tables : [{ id: ONLINE, name: t('线上', 'Online'), capacity: 100, parallel: true }]
  const availability = useMemo(() => new Map(planning.availability.map((a) => [a.personId, a.windows])), [planning.availability])
  const chosenSession = pick?.kind === 'session' ? live.find((s) => s.id === pick.id) : undefined
  const chosenTray = pick?.kind === 'tray' ? planning.unplaced.find((m) => m.matchId === pick.matchId) : undefined
  const chosen: Chosen | null = chosenSession ? { sessionId: chosenSession.id, attendees: chosenSession.attendees.filter((a) => a.response !== 'declined') } : chosenTray ? { attendees: chosenTray.attendees } : null
  const cells = useMemo(() => (chosen ? verdicts(chosen, planning.slots, tables, live.map(booked), availability) : null), [chosenSession, chosenTray, live, planning.slots, availability]) // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    const escape = (e: KeyboardEvent) => { if (e.key === 'Escape') setPick(null) }
    window.addEventListener('keydown', escape)
    return () => window.removeEventListener('keydown', escape)
  }, [])
  // A picked meeting that was placed or removed is no longer picked.
  useEffect(() => { if (pick && !chosenSession && !chosenTray) setPick(null) }, [pick, chosenSession, chosenTray])

  const place = async (slot: number, tableId: string) => {
    const v = cells?.get(`${slot}/${tableId}`)
    if (!v) return
    if (v.kind === 'taken' || v.kind === 'clash' || v.kind === 'seats') { message.warning(describe(v, t)); return }
    const at = planning.slots[slot]!
    setProposal(null)
    if (chosenTray) await actions.book(chosenTray, at, tableId)
    else if (chosenSession) await actions.move(chosenSession, at, tableId)
    setPick(null)
  }

  const cards: GridCard[] = [
    ...live.map((s) => ({
      key: `s:${s.id}`, tableId: s.tableId ?? ONLINE, startsAt: s.startsAt, endsAt: s.endsAt, title: s.needTitle ?? s.capabilityTitle ?? '',
      people: s.attendees.map((a) => a.name).join(' · '), pinned: s.pinned,
      status: { text: t(SESSION_STATUS[s.status]!.zh, SESSION_STATUS[s.status]!.en), color: s.status === 'proposed' ? '#595959' : '#1f4fa3' },
      ...(s.announced ? { answers: s.attendees.map((a) => ({ name: a.name, response: a.response })) } : {}),
    })),
    ...(proposal?.sessions ?? []).filter((p) => !p.pinned).map((p, i) => ({ key: `p:${i}`, tableId: p.tableId, startsAt: p.startsAt, endsAt: p.endsAt, title: p.needTitle, people: p.attendees.map((a) => a.name).join(' · '), ghost: true, status: { text: t('方案', 'Proposal'), color: '#7c5e00' } })),
  ]
  const cardLabel = (c: GridCard) => {
    const when = `${formatDay(c.startsAt, event.timeZone, language)} ${formatTime(c.startsAt, event.timeZone)}`
    const answers = c.answers?.map((a) => `${a.name}${answerText(a.response, t)}`).join('，')
    // The card's own words first (title, people, status), so the name read out matches what is seen.
    return `${c.ghost ? t('方案：', 'Proposal: ') : ''}${c.title} ${c.people} ${c.status?.text ?? ''}，${when}${c.pinned ? t('，已固定', ', pinned') : ''}${answers ? `，${answers}` : ''}`
  }
  const proposed = live.filter((s) => s.status === 'proposed')
  const runScheduler = async () => {
    setProposing(true)
    try { setProposal(await actions.propose(groupSessions)) } catch (e) { message.error((e as Error).message) } finally { setProposing(false) }
  }
  const applyProposal = async () => {
    const previous = live.filter((s) => s.status === 'proposed' && !s.pinned)
    setProposal(null)
    await actions.apply(previous, groupSessions)
  }

  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <Space wrap>
          <Button icon={<ThunderboltOutlined aria-hidden />} loading={proposing} onClick={() => void runScheduler()} disabled={event.status === 'cancelled'}>{t('自动排程（先看方案）', 'Run the scheduler (preview)')}</Button>
          <Checkbox checked={groupSessions} onChange={(e) => { setGroupSessions(e.target.checked); setProposal(null) }}>{t('允许一对多洽谈（同一服务能力的多家企业同桌）', 'Allow group sessions (one capability, several enterprises at one table)')}</Checkbox>
          <Button type="primary" icon={<SendOutlined aria-hidden />} disabled={proposed.length === 0 || event.status === 'cancelled'} onClick={() => void actions.confirmAll(proposed.length)}>
            {t(`确认并发出邀请（${proposed.length} 场）`, `Confirm and send invites (${proposed.length})`)}
          </Button>
          <Muted>{t(`已安排 ${live.length} 场 · 待安排 ${planning.unplaced.length} 场 · 共 ${planning.slots.length} 个时段`, `${live.length} placed · ${planning.unplaced.length} to place · ${planning.slots.length} slots`)}</Muted>
        </Space>
      </Col>
      {proposal && <Col span={24}><ProposalSummary proposal={proposal} onApply={() => void applyProposal()} onDiscard={() => setProposal(null)} /></Col>}
      <Col xs={24} xl={18}>
        <TimetableGrid slots={planning.slots} tables={tables} cards={cards} timeZone={event.timeZone} chosenKey={pick?.kind === 'session' ? `s:${pick.id}` : null} verdicts={cells}
          onChoose={(key, keep) => key.startsWith('s:') && setPick((p) => (!keep && p?.kind === 'session' && p.id === key.slice(2) ? null : { kind: 'session', id: key.slice(2) }))}
          onPlace={(slot, tableId) => void place(slot, tableId)} cardLabel={cardLabel} />
        <Muted style={{ display: 'block', marginTop: 8 }}>{t('选中一场对接（点击或按回车），每个格子会显示能否安排及与谁冲突；再点格子、拖放或用右侧的“移到”即可安排。Esc 取消选择。', 'Pick a meeting (click or Enter): every cell then says whether it fits and who it clashes with. Click a cell, drag and drop, or use “Move to” on the right. Esc lets go.')}</Muted>
      </Col>
      <Col xs={24} xl={6}>
        {chosenSession && <ChosenSession session={chosenSession} event={event} tables={tables} planning={planning} onMove={place} actions={actions} />}
        <Card size="small" title={t(`待安排（${planning.unplaced.length}）`, `To place (${planning.unplaced.length})`)}>
          {planning.unplaced.length === 0 && planning.unrepresented.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('所有入围匹配都已安排', 'Every shortlisted pair is placed')} /> : (
            <div className="jq-tray" role="list" aria-label={t('待安排的对接', 'Meetings to place')}>
              {planning.unplaced.map((m) => {
                const on = pick?.kind === 'tray' && pick.matchId === m.matchId
                return (
                  <div role="listitem" key={m.matchId}>
                    <button type="button" className={`jq-card${on ? ' jq-card-chosen' : ''}`} aria-pressed={on} draggable
                      onDragStart={(e) => { e.dataTransfer.setData('text/plain', m.matchId); setPick({ kind: 'tray', matchId: m.matchId }) }}
                      onClick={() => setPick(on ? null : { kind: 'tray', matchId: m.matchId })}
                      aria-label={`${m.needTitle} ${m.enterpriseName} ↔ ${m.providerName}${m.priority !== 'shortlisted' ? `，${t(PRIORITY[m.priority].zh, PRIORITY[m.priority].en)}` : ''}，${m.attendees.map((a) => a.name).join('、')}，${t('匹配度', 'score')} ${Math.round(m.score * 100)}`}>
                      <span className="jq-card-title">{m.needTitle}</span>
                      <span className="jq-card-people">{m.enterpriseName} ↔ {m.providerName}</span>
                      <span className="jq-card-foot">{m.priority === 'request' && <strong>{t('✉ 约见已接受 · ', '✉ requested · ')}</strong>}{m.mustMeet && <strong>{t('★ 必须见 · ', '★ must meet · ')}</strong>}{m.attendees.map((a) => a.name).join(' · ')} · {t('匹配度', 'score')} {Math.round(m.score * 100)}</span>
                    </button>
                  </div>
                )
              })}
              {planning.unrepresented.map((u) => <Alert key={`${u.needId}/${u.capabilityId}`} type="warning" title={`${u.needTitle} ↔ ${u.capabilityTitle}`} description={t('缺少需求联系人或专家，无法安排', 'No contact or expert to attend')} />)}
            </div>
          )}
        </Card>
      </Col>
    </Row>
  )
}

function ChosenSession({ session, event, tables, planning, onMove, actions }: { session: Session; event: EventView; tables: Table[]; planning: Planning; onMove: (slot: number, tableId: string) => Promise<void>; actions: ReturnType<typeof useTimetableActions> }) {
  const { language, t } = useLanguage()
  const [target, setTarget] = useState<{ slot?: number; table?: string }>({})
  const status = SESSION_STATUS[session.status]!
  return (
    <Card size="small" title={t('已选对接会', 'Chosen session')} style={{ marginBottom: 12 }}>
      <strong>{session.needTitle}</strong>
      <div><Muted>{session.capabilityTitle}</Muted></div>
      <div style={{ margin: '6px 0' }}><Tag color={status.color}>{t(status.zh, status.en)}</Tag>{session.pinned && <Tag>{t('已固定', 'Pinned')}</Tag>}</div>
      <ul className="jq-list" style={{ lineHeight: 1.7 }}>{session.attendees.map((a) => <li key={a.personId}>{a.name}（{a.organizationName}）{session.announced ? ` · ${answerText(a.response, t)}` : ''}</li>)}</ul>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Select aria-label={t('移到桌位', 'Move to table')} placeholder={t('桌位', 'Table')} style={{ width: '100%' }} value={target.table} onChange={(table: string) => setTarget((x) => ({ ...x, table }))} options={tables.map((tb) => ({ value: tb.id, label: tb.name }))} />
        <Select aria-label={t('移到时段', 'Move to slot')} placeholder={t('时段', 'Slot')} style={{ width: '100%' }} value={target.slot} onChange={(slot: number) => setTarget((x) => ({ ...x, slot }))}
          options={planning.slots.map((s, i) => ({ value: i, label: `${formatDay(s.startsAt, event.timeZone, language)} ${formatTime(s.startsAt, event.timeZone)}` }))} />
        <Button block disabled={target.slot === undefined || !target.table} onClick={() => void onMove(target.slot!, target.table!)}>{t('移到', 'Move to')}</Button>
        <Button block onClick={() => void actions.pin(session)}>{session.pinned ? t('取消固定', 'Unpin') : t('固定（自动排程不移动）', 'Pin')}</Button>
        <Button block danger onClick={() => void actions.unplace(session)}>{session.announced ? t('取消对接会…', 'Cancel the session…') : t('移回待安排', 'Back to the tray')}</Button>
      </Space>
    </Card>
  )
}
