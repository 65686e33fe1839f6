import { App } from 'antd'
import { api, data } from '../../../api/client'
import { useRefreshEvent, type EventView, type Planning, type Session } from '../../../features/events/events.queries'
import type { Slot } from '../../../features/timetable/grid-model'
import { useT } from '../../../i18n/language'

export const ONLINE = 'online'
type Unplaced = Planning['unplaced'][number]

/**
 * What the coordinator does in the grid, each with its way back: a placement or move can be
 * undone from its message, an applied proposal by "撤销排程". Every change that reaches people who
 * were already invited asks first, since it sends them mail at once.
 */
export function useTimetableActions(event: EventView) {
  const t = useT()
  const { message, modal } = App.useApp()
  const refresh = useRefreshEvent(event.id)
  const table = (tableId: string) => (tableId === ONLINE ? {} : { tableId })

  const run = async (work: () => Promise<unknown>, done: string, undo?: () => Promise<unknown>) => {
    try {
      await work()
      await refresh()
      const key = `tt-${Date.now()}`
      message.success({
        key, duration: 6,
        content: <span>{done}{undo && <> <a role="button" tabIndex={0} onClick={() => { message.destroy(key); void run(undo, t('已撤销', 'Undone')) }}>{t('撤销', 'Undo')}</a></>}</span>,
      })
    } catch (e) {
      await refresh()
      message.error((e as Error).message)
    }
  }
  const ask = (title: string, content: string) => new Promise<boolean>((resolve) => modal.confirm({ title, content, okText: t('确定', 'OK'), cancelText: t('取消', 'Cancel'), onOk: () => resolve(true), onCancel: () => resolve(false) }))

  const last: { created?: string } = {}
  const book = (m: Unplaced, slot: Slot, tableId: string) => run(async () => {
    const created = await data(api.POST('/api/v1/events/{id}/sessions', { params: { path: { id: event.id } }, body: { needId: m.needId, capabilityId: m.capabilityId, attendeeIds: m.attendees.map((a) => a.personId), startsAt: slot.startsAt, endsAt: slot.endsAt, ...table(tableId) } as never }))
    last.created = created.id
  }, t('已安排（已固定，自动排程不会移动它）', 'Placed (pinned: the scheduler keeps it)'), () => data(api.PATCH('/api/v1/sessions/{id}', { params: { path: { id: last.created! } }, body: { status: 'cancelled' } })))

  const move = async (s: Session, slot: Slot, tableId: string) => {
    if (s.announced && !(await ask(t('改期并通知参会人？', 'Move and tell the attendees?'), t('此对接会的邀请已发出；移动后会立即向参会人发送更新的日历邀请，已接受的人需重新确认。', 'Invites went out: the attendees get the updated invite at once and are asked again.')))) return
    const back = { startsAt: s.startsAt, endsAt: s.endsAt, tableId: s.tableId }
    const duration = Date.parse(s.endsAt) - Date.parse(s.startsAt)
    const endsAt = new Date(Date.parse(slot.startsAt) + duration).toISOString()
    await run(() => data(api.PATCH('/api/v1/sessions/{id}', { params: { path: { id: s.id } }, body: { startsAt: slot.startsAt, endsAt, tableId: tableId === ONLINE ? null : tableId } })),
      s.announced ? t('已移动，更新的邀请已排队发送', 'Moved; the update is on its way') : t('已移动', 'Moved'),
      () => data(api.PATCH('/api/v1/sessions/{id}', { params: { path: { id: s.id } }, body: back })))
  }

  const pin = (s: Session) => run(() => data(api.PATCH('/api/v1/sessions/{id}', { params: { path: { id: s.id } }, body: { pinned: !s.pinned } })),
    s.pinned ? t('已取消固定：自动排程可以移动它', 'Unpinned: the scheduler may move it') : t('已固定：自动排程不会移动它', 'Pinned: the scheduler keeps it'),
    () => data(api.PATCH('/api/v1/sessions/{id}', { params: { path: { id: s.id } }, body: { pinned: s.pinned } })))

  const unplace = async (s: Session) => {
    if (s.announced && !(await ask(t('取消这场对接会？', 'Cancel this session?'), t('邀请已发出：参会人会立即收到取消通知，此操作不能撤销。', 'Invites went out: the attendees are told at once. This cannot be undone.')))) return
    await run(() => data(api.PATCH('/api/v1/sessions/{id}', { params: { path: { id: s.id } }, body: { status: 'cancelled' } })), s.announced ? t('已取消并通知参会人', 'Cancelled; attendees told') : t('已移回待安排', 'Back in the tray'))
  }

  const propose = (groupSessions: boolean) => data(api.POST('/api/v1/events/{id}/schedule', { params: { path: { id: event.id } }, body: { apply: false, groupSessions } }))

  /** Applies the scheduler's timetable; undo removes it and books back the proposals it replaced. */
  const apply = (previous: Session[], groupSessions: boolean) => run(
    () => data(api.POST('/api/v1/events/{id}/schedule', { params: { path: { id: event.id } }, body: { apply: true, groupSessions } })),
    t('方案已应用', 'Timetable applied'),
    async () => {
      await data(api.POST('/api/v1/events/{id}/schedule/clear', { params: { path: { id: event.id } } }))
      for (const s of previous) {
        await data(api.POST('/api/v1/events/{id}/sessions', { params: { path: { id: event.id } }, body: { needId: s.needId!, capabilityId: s.capabilityId!, attendeeIds: s.attendees.map((a) => a.personId), startsAt: s.startsAt, endsAt: s.endsAt, pinned: false, groupMatches: s.groupMatches, ...(s.tableId ? { tableId: s.tableId } : {}) } as never }))
      }
    },
  )

  const confirmAll = async (count: number) => {
    if (!(await ask(t(`确认 ${count} 场对接会并发出邀请？`, `Confirm ${count} sessions and send the invites?`), t('每位参会人会收到邮件和日历邀请（.ics）。发出后不能收回；之后的改动会以更新或取消通知发出。', 'Every attendee gets an e-mail with a calendar invite. This cannot be taken back; later changes go out as updates or cancellations.')))) return
    await run(() => data(api.POST('/api/v1/events/{id}/confirm', { params: { path: { id: event.id } } })), t('已确认，邀请已排队发送', 'Confirmed; invites are on their way'))
  }

  return { book, move, pin, unplace, propose, apply, confirmAll, refresh }
}
