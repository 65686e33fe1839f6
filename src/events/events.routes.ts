import { createRoute, z } from '@hono/zod-openapi'
import { Id, IdParam, bearer, jsonBody, jsonResponse, problemResponses } from '../http/common.schemas.ts'
import { BookSession, CancelEvent, CheckIn, CreateEvent, UpdateEvent, Event, ScheduleProposal, ScheduleRequest, Session, MySession, SetAvailability, UpdateSession, UpdateSessions } from './events.schemas.ts'

const Priority_ = z.enum(['request', 'must_meet', 'shortlisted']).openapi({ description: 'request 约见已接受（须安排）/ must_meet 必须见 / shortlisted 入围' })
const tags = ['对接活动 Events']
const Availability = z.object({ personId: z.string(), windows: z.array(z.object({ startsAt: z.string(), endsAt: z.string() })) })

export const createEventRoute = createRoute({
  method: 'post', path: '/events', tags, security: bearer,
  summary: '创建对接活动 Create a docking event — coordinators',
  request: { body: jsonBody(CreateEvent) },
  responses: { 201: jsonResponse(Event, '已创建 (created)'), ...problemResponses },
})

export const listEventsRoute = createRoute({
  method: 'get', path: '/events', tags, security: bearer,
  summary: '对接活动列表 Events (staff: those their organization is invited to)',
  responses: { 200: jsonResponse(z.object({ items: z.array(Event) }), '活动 (events), newest first'), ...problemResponses },
})

export const updateEventRoute = createRoute({
  method: 'patch', path: '/events/{id}', tags, security: bearer,
  summary: '修改对接活动（名称、地点、链接、日期与时间、桌位、受邀机构）Edit an event; refused with the list of sessions it would strand — coordinators',
  request: { params: IdParam, body: jsonBody(UpdateEvent) },
  responses: { 200: jsonResponse(Event, '已修改 (updated)'), ...problemResponses },
})

export const cancelEventRoute = createRoute({
  method: 'post', path: '/events/{id}/cancel', tags, security: bearer,
  summary: '取消整个对接活动：未举行的对接会全部取消并通知 Cancel an event: its sessions are cancelled and CANCELs sent — coordinators',
  request: { params: IdParam, body: jsonBody(CancelEvent) },
  responses: { 200: jsonResponse(z.object({ event: Event, sessionsCancelled: z.number().int() }), '已取消 (cancelled)'), ...problemResponses },
})

export const getEventRoute = createRoute({
  method: 'get', path: '/events/{id}', tags, security: bearer,
  summary: '查看对接活动 Get an event',
  request: { params: IdParam },
  responses: { 200: jsonResponse(Event, '活动 (the event)'), ...problemResponses },
})

export const setAvailabilityRoute = createRoute({
  method: 'put', path: '/events/{id}/availability', tags, security: bearer,
  summary: '填写可到场时间 Say when you (or a colleague) can come',
  request: { params: IdParam, body: jsonBody(SetAvailability) },
  responses: { 200: jsonResponse(Availability, '已保存 (saved)'), ...problemResponses },
})

export const listSessionsRoute = createRoute({
  method: 'get', path: '/events/{id}/sessions', tags, security: bearer,
  summary: '活动的对接会 The event’s sessions',
  request: { params: IdParam },
  responses: { 200: jsonResponse(z.object({ items: z.array(Session) }), '对接会 (sessions), by time'), ...problemResponses },
})

export const bookSessionRoute = createRoute({
  method: 'post', path: '/events/{id}/sessions', tags, security: bearer,
  summary: '手工安排对接会 Book a session by hand — coordinators; 409 names a clash',
  request: { params: IdParam, body: jsonBody(BookSession) },
  responses: { 201: jsonResponse(Session, '已安排 (booked)'), ...problemResponses },
})

export const updateSessionRoute = createRoute({
  method: 'patch', path: '/sessions/{id}', tags, security: bearer,
  summary: '改期、换桌、确认或取消 Reschedule, move, confirm or cancel a session — coordinators',
  request: { params: IdParam, body: jsonBody(UpdateSession) },
  responses: { 200: jsonResponse(Session, '已更新 (updated)'), ...problemResponses },
})

export const updateSessionsRoute = createRoute({
  method: 'post', path: '/sessions/bulk', tags, security: bearer,
  summary: '批量标记已举行、未到场、确认或取消 Mark many sessions held, no-show, confirmed or cancelled, all or nothing — coordinators',
  request: { body: jsonBody(UpdateSessions) },
  responses: { 200: jsonResponse(z.object({ items: z.array(Session) }), '全部已更新 (all updated)'), ...problemResponses },
})

const Attendee = z.object({ personId: Id, name: z.string(), side: z.enum(['enterprise', 'provider']) })
export const Planning = z
  .object({
    slots: z.array(z.object({ startsAt: z.string(), endsAt: z.string() })),
    unplaced: z.array(z.object({
      matchId: z.string().openapi({ description: '匹配的 id；只有约见、尚无匹配记录时为 request:<约见 id> (the match, or request:<id>)' }), needId: Id, capabilityId: Id, score: z.number(), priority: Priority_, mustMeet: z.boolean().openapi({ description: '一方表示必须见 (one side must meet the other)' }), meetingRequestId: Id.nullable().openapi({ description: '双方约见已接受 (an accepted meeting request)' }), needTitle: z.string(), capabilityTitle: z.string(),
      enterpriseName: z.string(), providerName: z.string(), attendees: z.array(Attendee),
    })).openapi({ description: '尚未安排的对接（已入围或已接受的匹配，双方均受邀），匹配度高者在前 (meetings still to place, best first)' }),
    unrepresented: z.array(z.object({ needId: Id, capabilityId: Id, needTitle: z.string(), capabilityTitle: z.string() })).openapi({ description: '缺少联系人或专家、无法安排的对接 (no one to attend)' }),
    availability: z.array(Availability.extend({ name: z.string() })),
  })
  .openapi('Planning')

export const planningRoute = createRoute({
  method: 'get', path: '/events/{id}/planning', tags, security: bearer,
  summary: '排程工作区：时段、待安排的对接与各人可到场时间 The timetable’s workspace: slots, meetings to place, availability — coordinators',
  request: { params: IdParam },
  responses: { 200: jsonResponse(Planning, '排程工作区 (the workspace)'), ...problemResponses },
})

export const clearProposalsRoute = createRoute({
  method: 'post', path: '/events/{id}/schedule/clear', tags, security: bearer,
  summary: '撤销自动排程：删除未固定、未发出的方案场次 Undo the scheduler: remove its unpinned, unsent proposals — coordinators',
  request: { params: IdParam },
  responses: { 200: jsonResponse(z.object({ removed: z.number().int() }), '已撤销 (removed)'), ...problemResponses },
})

export const checkInRoute = createRoute({
  method: 'post', path: '/events/{id}/check-in', tags, security: bearer,
  summary: '现场签到（或撤销）Check a person in at the event’s desk, or undo it — coordinators',
  request: { params: IdParam, body: jsonBody(CheckIn) },
  responses: { 200: jsonResponse(z.object({ personId: Id, checkedInAt: z.string().nullable(), sessions: z.number().int() }), '已签到 (checked in)'), ...problemResponses },
})

const Preference = z.enum(['must_meet', 'meet', 'no_thanks']).openapi({ description: 'must_meet 必须见 / meet 愿意见 / no_thanks 不必安排' })
const PreferenceOut = z.object({ organizationId: Id, counterpartId: Id, preference: Preference })

export const setPreferenceRoute = createRoute({
  method: 'put', path: '/events/{id}/preferences', tags, security: bearer,
  summary: '对某个对接对象的意愿（必须见 / 愿意见 / 不必安排），排程据此执行 Say whether you must meet, would meet, or would rather not meet an organisation at this event',
  request: { params: IdParam, body: jsonBody(z.strictObject({ counterpartId: Id, preference: Preference, organizationId: Id.optional().openapi({ description: '科协工作人员代为设置时注明 (a coordinator names the organisation)' }) }).openapi('SetPreference')) },
  responses: { 200: jsonResponse(PreferenceOut, '已保存 (saved)'), ...problemResponses },
})

export const listPreferencesRoute = createRoute({
  method: 'get', path: '/events/{id}/preferences', tags, security: bearer,
  summary: '对接意愿 Preferences at this event: your organisation’s own; coordinators see all',
  request: { params: IdParam },
  responses: { 200: jsonResponse(z.object({ items: z.array(PreferenceOut) }), '意愿 (preferences)'), ...problemResponses },
})

const Record_ = z.object({ id: Id, title: z.string(), kind: z.enum(['need', 'capability']) })
export const participantsRoute = createRoute({
  method: 'get', path: '/events/{id}/participants', tags, security: bearer,
  summary: '参会机构：可约见的另一方及其公开的需求或服务能力 Who else comes: the invited organisations of the other kind, with the records you may read',
  request: { params: IdParam },
  responses: {
    200: jsonResponse(z.object({
      organizations: z.array(z.object({
        organizationId: Id, name: z.string(), kind: z.enum(['enterprise', 'provider']), providerType: z.string().nullable(), county: z.string().nullable(),
        records: z.array(Record_), paired: z.boolean().openapi({ description: '科协已将双方列为入围对接 (a coordinator already paired you)' }), preference: Preference.nullable(),
      })),
      anonymous: z.array(Record_).openapi({ description: '只公开摘要的记录，不显示所属机构 (records shown as a summary only, without their owner)' }),
    }).openapi('EventParticipants'), '参会机构 (participants)'),
    ...problemResponses,
  },
})

export const scheduleEventRoute = createRoute({
  method: 'post', path: '/events/{id}/schedule', tags, security: bearer,
  summary: '自动排程 Propose (or apply) a timetable from the shortlisted and accepted matches — coordinators',
  request: { params: IdParam, body: jsonBody(ScheduleRequest) },
  responses: { 200: jsonResponse(ScheduleProposal, '方案与下界 (the timetable, with the lower bound)'), ...problemResponses },
})

export const sessionInviteRoute = createRoute({
  method: 'get', path: '/sessions/{id}/invite.ics', tags, security: bearer,
  summary: '对接会日历邀请 The session’s calendar invite (iCalendar, METHOD:REQUEST or CANCEL)',
  request: { params: IdParam },
  responses: { 200: { description: 'text/calendar', content: { 'text/calendar': { schema: z.string() } } }, ...problemResponses },
})

export const confirmEventRoute = createRoute({
  method: 'post', path: '/events/{id}/confirm', tags, security: bearer,
  summary: '确认日程并发出邀请 Confirm every proposed session and send the invites — coordinators',
  request: { params: IdParam },
  responses: { 200: jsonResponse(z.object({ confirmed: z.number().int() }), '已确认的场次 (sessions confirmed)'), ...problemResponses },
})

export const respondSessionRoute = createRoute({
  method: 'post', path: '/sessions/{id}/respond', tags, security: bearer,
  summary: '接受或谢绝对接会 Accept or decline a session — for yourself, or for a colleague of your organisation who attends it',
  request: {
    params: IdParam,
    body: jsonBody(
      z.strictObject({
        response: z.enum(['accepted', 'declined']),
        personId: Id.optional().openapi({ description: '代本机构参会人答复；缺省为本人，或本机构唯一的参会人 (answer for a colleague; defaults to yourself, or to the one attendee of your organisation)' }),
      }).openapi('SessionResponse'),
    ),
  },
  responses: { 200: jsonResponse(Session, '已记录 (recorded)'), ...problemResponses },
})

const Feed = z.object({ url: z.string(), webcal: z.string() }).openapi('CalendarFeed')

export const createFeedRoute = createRoute({
  method: 'post', path: '/me/calendar-feed', tags, security: bearer,
  summary: '生成私人日历订阅 A private calendar feed of your sessions (revokes the previous one)',
  responses: { 201: jsonResponse(Feed, '订阅地址，只显示这一次 (the feed URL, shown once)'), ...problemResponses },
})

export const revokeFeedRoute = createRoute({
  method: 'delete', path: '/me/calendar-feed', tags, security: bearer,
  summary: '停用日历订阅 Revoke your calendar feed',
  responses: { 204: { description: '已停用 (revoked)' }, ...problemResponses },
})

export const mySessionsRoute = createRoute({
  method: 'get', path: '/me/sessions', tags, security: bearer,
  summary: '我的日程 My sessions, announced ones only — or, with scope=organization, those of anyone in my organisation',
  request: {
    query: z.object({
      scope: z.enum(['mine', 'organization']).default('mine').openapi({ description: 'mine 本人参加的；organization 本机构任何人参加的（如学会秘书查看专家日程）' }),
    }),
  },
  responses: { 200: jsonResponse(z.object({ items: z.array(MySession) }), '按开始时间排列 (by start time)'), ...problemResponses },
})
