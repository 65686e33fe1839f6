import { z } from '@hono/zod-openapi'
import { CalendarDate, Id, InstantInput, Timestamp, requiredText, text, requiredProse } from '../http/common.schemas.ts'
import { isTimeZone } from './zoned-time.ts'

const LocalTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:MM (time must be HH:MM)').openapi({ example: '08:30' })
const Instant = InstantInput.transform((s) => new Date(s)).openapi({ type: 'string', example: '2026-12-05T08:30:00+08:00' })
const later = (r: { start?: string; end?: string; opens?: string; closes?: string }) => (r.start ?? r.opens)! < (r.end ?? r.closes)!

const EventDay = z.strictObject({
  date: CalendarDate,
  opens: LocalTime,
  closes: LocalTime,
  breaks: z.array(z.strictObject({ start: LocalTime, end: LocalTime }).refine(later, '休息结束须晚于开始 (a break must end after it starts)')).max(10).default([]),
}).refine(later, '结束时间须晚于开始 (closes must be after opens)')

const eventFields = {
  title: requiredText(200).openapi({ example: '金桥行动汶上行' }),
  kind: z.enum(['on_site', 'online', 'hybrid']).openapi({ description: 'on_site 现场 / online 线上 / hybrid 线上线下' }),
  venue: text(200).optional(),
  address: text(300).optional(),
  onlineUrl: z.url().max(500).optional(),
  county: requiredText(40),
  days: z.array(EventDay).min(1).max(14),
  invitedOrganizationIds: z.array(Id).max(1000),
}
const distinctTables = (tables: { name: string }[] | undefined) => !tables || new Set(tables.map((t) => t.name)).size === tables.length

export const CreateEvent = z
  .strictObject({
    ...eventFields,
    timeZone: z.string().refine(isTimeZone, '未知的时区 (unknown time zone)').default('Asia/Shanghai'),
    slotMinutes: z.number().int().min(5).max(240).default(20),
    tables: z.array(z.strictObject({ name: requiredText(40), capacity: z.number().int().min(1).max(100).default(4) })).max(200).default([]),
    invitedOrganizationIds: eventFields.invitedOrganizationIds.default([]),
  })
  .refine((e) => e.kind === 'online' || e.tables.length > 0, { message: '现场活动须设置桌位或会议室 (an on-site event needs tables or rooms)', path: ['tables'] })
  .refine((e) => distinctTables(e.tables), { message: '桌位名称不能重复 (table names must differ)', path: ['tables'] })
  .openapi('CreateEvent')
export type CreateEvent = z.infer<typeof CreateEvent>

/**
 * An edit of an event: any of its fields. Days, tables and invitations given replace the old
 * ones; a table keeps its id (and its sessions) when the id is given.
 */
export const UpdateEvent = z
  .strictObject({
    title: eventFields.title.optional(),
    kind: eventFields.kind.optional(),
    venue: text(200).nullable().optional(),
    address: text(300).nullable().optional(),
    onlineUrl: z.url().max(500).nullable().optional(),
    county: eventFields.county.optional(),
    days: eventFields.days.optional(),
    tables: z.array(z.strictObject({ id: Id.optional(), name: requiredText(40), capacity: z.number().int().min(1).max(100).default(4) })).max(200).optional(),
    invitedOrganizationIds: eventFields.invitedOrganizationIds.optional(),
  })
  .refine((e) => distinctTables(e.tables), { message: '桌位名称不能重复 (table names must differ)', path: ['tables'] })
  .openapi('UpdateEvent')
export type UpdateEvent = z.infer<typeof UpdateEvent>

export const CancelEvent = z.strictObject({ reason: requiredProse(500).openapi({ description: '取消原因，写入参会人的取消通知 (why; kept with the event)' }) }).openapi('CancelEvent')

const RangeOut = z.object({ startsAt: Timestamp, endsAt: Timestamp })
export const Event = z
  .object({
    id: Id, title: z.string(), kind: z.enum(['on_site', 'online', 'hybrid']), venue: z.string().nullable(), address: z.string().nullable(),
    onlineUrl: z.string().nullable(), county: z.string(), timeZone: z.string(), slotMinutes: z.number(), organizerId: Id,
    status: z.enum(['planning', 'published', 'closed', 'cancelled']), cancelledAt: Timestamp.nullable(), cancelReason: z.string().nullable(),
    days: z.array(RangeOut), breaks: z.array(RangeOut),
    tables: z.array(z.object({ id: Id, name: z.string(), capacity: z.number() })), invitedOrganizationIds: z.array(Id), slots: z.number().int(),
    createdAt: Timestamp, updatedAt: Timestamp,
  })
  .openapi('Event')

export const SetAvailability = z
  .strictObject({
    personId: Id.optional().openapi({ description: '缺省为本人 (defaults to yourself)' }),
    windows: z.array(z.strictObject({ startsAt: Instant, endsAt: Instant }).refine((w) => w.startsAt < w.endsAt, '结束须晚于开始')).max(50),
  })
  .openapi('SetAvailability')
export type SetAvailability = z.infer<typeof SetAvailability>

export const SessionStatus = z.enum(['proposed', 'confirmed', 'rescheduled', 'cancelled', 'held', 'no_show'])

export const BookSession = z
  .strictObject({
    needId: Id,
    capabilityId: Id,
    startsAt: Instant,
    endsAt: Instant,
    tableId: Id.optional(),
    onlineUrl: z.url().max(500).optional(),
    attendeeIds: z.array(Id).min(1).max(20).transform((ids) => [...new Set(ids)]),
    groupMatches: z
      .array(z.strictObject({ needId: Id, capabilityId: Id }))
      .max(10)
      .default([])
      .openapi({ description: '小组对接：同一场次的其他需求与能力 (a group session: further pairs at the same table)' }),
    pinned: z.boolean().default(true).openapi({ description: '排程时保持不动（手工安排默认如此）(kept in place when the scheduler runs)' }),
  })
  .refine((s) => s.startsAt < s.endsAt, { message: '结束须晚于开始 (endsAt must be after startsAt)', path: ['endsAt'] })
  .openapi('BookSession')
export type BookSession = z.infer<typeof BookSession>

export const UpdateSession = z
  .strictObject({ startsAt: Instant.optional(), endsAt: Instant.optional(), tableId: Id.nullable().optional(), status: SessionStatus.optional(), pinned: z.boolean().optional() })
  .openapi('UpdateSession')
export type UpdateSession = z.infer<typeof UpdateSession>

export const UpdateSessions = z
  .strictObject({
    sessionIds: z.array(Id).min(1).max(200).transform((ids) => [...new Set(ids)]),
    status: z.enum(['confirmed', 'cancelled', 'held', 'no_show']),
  })
  .openapi('UpdateSessions')
export type UpdateSessions = z.infer<typeof UpdateSessions>

export const Session = z
  .object({
    id: Id, eventId: Id, needId: Id.nullable(), capabilityId: Id.nullable(), tableId: Id.nullable(), onlineUrl: z.string().nullable(),
    startsAt: Timestamp, endsAt: Timestamp, status: SessionStatus, pinned: z.boolean(), sequence: z.number().int(), announced: z.boolean().openapi({ description: '邀请已发出 (invites sent)' }),
    needTitle: z.string().nullable(), capabilityTitle: z.string().nullable(), tableName: z.string().nullable(),
    attendees: z.array(z.object({
      personId: Id, name: z.string(), organizationId: Id.nullable(), organizationName: z.string().nullable(),
      side: z.enum(['enterprise', 'provider', 'coordinator']), response: z.enum(['needs_action', 'accepted', 'declined']),
      checkedInAt: Timestamp.nullable().openapi({ description: '现场签到时间 (when they checked in at the event)' }),
    })),
    groupMatches: z.array(z.object({ needId: Id, capabilityId: Id })),
  })
  .openapi('Session')

export const MySession = Session.extend({
  event: z.object({ id: Id, title: z.string(), kind: z.enum(['on_site', 'online', 'hybrid']), venue: z.string().nullable(), address: z.string().nullable(), timeZone: z.string() }),
  myResponse: z.enum(['needs_action', 'accepted', 'declined']).nullable().openapi({ description: '本人的答复；不参会时为 null (your own answer; null when you do not attend)' }),
  followUp: z.object({
    id: Id, answered: z.boolean(), confirmed: z.boolean(),
    url: z.string().nullable().openapi({ description: '会后回访表的链接，会议结束后、确认前可用 (the follow-up form, once the session is over and until it is confirmed)' }),
  }).nullable(),
}).openapi('MySession')

export const CheckIn = z.strictObject({ personId: Id, present: z.boolean().default(true).openapi({ description: 'false 撤销签到 (false undoes a check-in)' }) }).openapi('CheckIn')

export const ScheduleRequest = z.strictObject({
  apply: z.boolean().default(false).openapi({ description: 'false 只生成方案；true 在一个事务中应用 (propose, or apply in one transaction)' }),
  groupSessions: z.boolean().default(false).openapi({ description: 'true 时，同一服务能力的多个入围对接可合并为一场一对多洽谈（受桌位座位数限制）(let pairs of one capability share a table: 1:n sessions)' }),
}).openapi('ScheduleRequest')

const SchedulePriority = z.enum(['request', 'must_meet', 'shortlisted']).openapi({ description: 'request 约见已接受（须安排）/ must_meet 必须见 / shortlisted 入围' })
const Tally = z.object({ request: z.number().int(), must_meet: z.number().int(), shortlisted: z.number().int(), score: z.number() })

export const ScheduleProposal = z
  .object({
    applied: z.boolean(),
    slotsUsed: z.number().int(), lowerBound: z.number().int().openapi({ description: '任何方案都不会更短：每人的场次对比其可用时段，以及场次 ÷ 桌位 (no timetable of these meetings is shorter)' }), method: z.enum(['edge-colouring', 'search', 'exact']).openapi({ description: 'edge-colouring 无可到场时间限制时的最优排法；search 贪心起步再局部搜索；exact 整数规划求得 (optimal edge colouring; a greedy start improved by local search; or an exact MIP)' }),
    value: z.object({
      placed: Tally.openapi({ description: '方案安排了：各优先级的场次与匹配分合计 (what the timetable holds, by priority, and its score)' }),
      bound: Tally.nullable().openapi({ description: '上界：只考虑每人可参加场次与桌位×时段总数时最好的选择，任何方案都不会更好；一对多时为 null (what no timetable can beat; null with group sessions)' }),
    }),
    proven: z.object({ slots: z.boolean(), value: z.boolean() }).openapi({ description: '已证明最优：时段数等于下界；安排的价值等于上界 (provably best: slots at the lower bound; value at its bound)' }),
    sessions: z.array(z.object({
      needId: Id, capabilityId: Id, startsAt: Timestamp, endsAt: Timestamp, tableId: Id, attendeeIds: z.array(Id), pinned: z.boolean(), priority: SchedulePriority,
      needTitle: z.string(), capabilityTitle: z.string(), tableName: z.string(), enterpriseName: z.string(), providerName: z.string(),
      attendees: z.array(z.object({ personId: Id, name: z.string() })),
      group: z.array(z.object({ needId: Id, needTitle: z.string(), enterpriseName: z.string() })).openapi({ description: '一对多洽谈中同桌的其他需求 (the other needs at a group session)' }),
    })),
    dropped: z.array(z.object({ needId: Id, capabilityId: Id, needTitle: z.string(), capabilityTitle: z.string(), priority: SchedulePriority, meetingRequestId: Id.nullable(), reason: z.string(), explanation: z.string() })),
    participants: z.array(z.object({
      personId: Id, name: z.string(), organizationName: z.string(),
      meetings: z.number().int().openapi({ description: '应安排的对接 (meetings asked of them)' }), placed: z.number().int(),
      requests: z.number().int().openapi({ description: '其中已接受的约见 (of which accepted requests)' }), requestsPlaced: z.number().int(),
    })).openapi({ description: '每位参会人的安排情况 (per participant: how many of their meetings were placed)' }),
  })
  .openapi('ScheduleProposal')
