import { localToInstant } from '../events/zoned-time.ts'
import type { Actor } from '../auth/actor.ts'
import type { ActionContext } from '../deps.ts'
import { uuidv7 } from '../ids.ts'
import { confirmEvent } from '../events/confirm-event.ts'
import { createEvent } from '../events/create-event.ts'
import { CreateEvent } from '../events/events.schemas.ts'
import { sessionsOf } from '../events/events.repository.ts'
import { saveFollowUpAnswers } from '../events/follow-ups.repository.ts'
import { queueFollowUps } from '../events/session-mail-jobs.ts'
import { scheduleEvent } from '../events/schedule-event.ts'
import { updateSession } from '../events/update-session.ts'
import { decideMatch } from '../matching/decide-match.ts'
import { matchesForNeed } from '../matching/find-matches.ts'
import { confirmFollowUp } from '../outcomes/confirm-follow-up.ts'
import { recordAgreement } from '../outcomes/record-outcomes.ts'
import { resolveNeed } from '../outcomes/resolve-need.ts'
import { RecordAgreement } from '../outcomes/outcomes.schemas.ts'

// The season behind the demo's figures, played through the same actions as the API: matches
// shortlisted, docking events scheduled and confirmed, sessions held or missed, follow-ups
// answered and confirmed, agreements signed, needs resolved. So every report agrees with every
// other, and the newcomer sees a programme that lives: three events behind, one ahead.

const DAY = 86_400_000

export interface SeasonNeed {
  id: string
  organizationId: string
}

interface EventPlan {
  title: string
  county: string
  venue: string
  /** Days from today (negative: in the past). */
  offsetDays: number
  needs: SeasonNeed[]
}

/** "2026-12-05" for an instant, in Beijing time. */
const localDate = (at: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(at))

export async function seedSeason(base: ActionContext, coordinator: Actor, today: number, plans: EventPlan[]) {
  let clock = 0
  const ctx: ActionContext = { ...base, now: () => new Date(clock), newId: () => uuidv7(clock) }
  const made = { events: 0, sessionsHeld: 0, missed: 0, intentions: 0, agreements: 0, resolved: 0 }
  // Every step is a task at its moment; tasks run in time order and may plan later ones, so the
  // events' histories interleave as a real season's would.
  const tasks: { at: number; run: () => Promise<void> }[] = []
  const plan = (atTime: number, run: () => Promise<void>) => { if (atTime <= today) tasks.push({ at: atTime, run }) }

  for (const [index, p] of plans.entries()) {
    const day = today + p.offsetDays * DAY
    plan(day - 14 * DAY, async () => {
      const eventId = await prepareEvent(ctx, coordinator, p, index, localDate(day))
      made.events++
      // Recorded that evening, once every session has started, whatever the time of day the demo is seeded.
      plan(localToInstant(localDate(day), '18:00', 'Asia/Shanghai').getTime(), () => holdSessions(eventId))
    })
  }

  async function holdSessions(eventId: string) {
    // The day itself: most sessions held, one missed.
    const sessions = await sessionsOf(ctx.db, eventId)
    for (const [i, s] of sessions.entries()) {
      const status = i === sessions.length - 1 && sessions.length > 2 ? 'no_show' : 'held'
      await updateSession({ ctx, actor: coordinator, id: s.id, input: { status } })
      if (status === 'held') made.sessionsHeld++
      else made.missed++
    }
    plan(clock + DAY, () => followUp(eventId))
  }

  async function followUp(eventId: string) {
    // The next day the follow-ups go out; most enterprises answer, and the coordinator confirms.
    await queueFollowUps(ctx)
    const followUps = await ctx.db.selectFrom('followUps as f').innerJoin('sessions as s', 's.id', 'f.sessionId')
      .innerJoin('sessionAttendees as a', (j) => j.onRef('a.sessionId', '=', 'f.sessionId').onRef('a.personId', '=', 'f.personId'))
      .select(['f.id', 'f.sessionId', 's.status', 's.needId']).where('s.eventId', '=', eventId).where('a.side', '=', 'enterprise').orderBy('f.id').execute()
    let intentions = 0
    for (const [i, f] of followUps.entries()) {
      if (f.status !== 'held' || i % 4 === 3) continue // one in four never answers
      const intention = i % 2 === 0
      clock += 3600_000
      await saveFollowUpAnswers(ctx.db, f.id, { held: true, usefulness: intention ? 5 : 3, intention, nextStep: intention ? '双方约定一个月内赴企业现场调研' : null, respondedAt: new Date(clock) })
      const confirmed = await confirmFollowUp({ ctx, actor: coordinator, id: f.id })
      if (!confirmed.intentionId) continue
      made.intentions++
      // Every other intention becomes an agreement within weeks; the first of those resolves its need.
      const first = intentions === 0
      if (intentions++ % 2 === 0) plan(clock + (20 + i) * DAY, () => sign(confirmed.intentionId!, f.needId, first))
    }
  }

  async function sign(intentionId: string, needId: string | null, resolves: boolean) {
    const row = await ctx.db.selectFrom('intentions').select(['enterpriseId', 'providerId', 'needIds']).where('id', '=', intentionId).executeTakeFirstOrThrow()
    const station = made.agreements % 3 === 2
    const agreement = await recordAgreement({
      ctx, actor: coordinator,
      input: RecordAgreement.parse({
        enterpriseId: row.enterpriseId, providerId: row.providerId, intentionId, needIds: row.needIds,
        kind: station ? 'service_station' : 'development', signedOn: localDate(clock), amountYuan: station ? null : 300_000 + made.agreements * 50_000, termMonths: 12,
        documentRef: `JQ-${localDate(clock).slice(0, 4)}-${String(made.agreements + 1).padStart(3, '0')}`,
      }),
    })
    made.agreements++
    if (resolves && needId) {
      plan(clock + 30 * DAY, async () => {
        await resolveNeed({ ctx, actor: coordinator, needId, input: { how: 'agreement', agreementId: agreement.id, evidence: '合作项目通过企业验收，技术难题已解决', resolvedOn: localDate(clock) } })
        made.resolved++
      })
    }
  }

  while (tasks.length) {
    tasks.sort((a, b) => a.at - b.at)
    const task = tasks.shift()!
    clock = Math.max(clock + 1000, task.at)
    await task.run()
  }
  return made
}

/** Shortlists the best candidate of each need (and rejects the third), then sets up, schedules and confirms the event. */
async function prepareEvent(ctx: ActionContext, coordinator: Actor, p: EventPlan, index: number, date: string) {
  const organizations = new Set<string>()
  for (const need of p.needs) {
    const { items: candidates } = await matchesForNeed({ ctx, actor: coordinator, id: need.id, limit: 3 })
    const best = candidates[0]
    const provider = best && 'organizationId' in best.capability ? best.capability.organizationId : undefined
    if (!best || !provider) continue
    await decideMatch({ ctx, actor: coordinator, input: { needId: need.id, capabilityId: best.capabilityId, status: index % 2 ? 'accepted' : 'shortlisted' } })
    const third = candidates[2]
    if (third) await decideMatch({ ctx, actor: coordinator, input: { needId: need.id, capabilityId: third.capabilityId, status: 'rejected', note: '领域不符 (not the right field)' } })
    organizations.add(need.organizationId).add(provider)
  }
  const event = await createEvent({
    ctx, actor: coordinator,
    input: CreateEvent.parse({
      title: p.title, kind: 'on_site', venue: p.venue, county: p.county, slotMinutes: 20,
      days: [{ date, opens: '09:00', closes: '11:40', breaks: [{ start: '10:00', end: '10:20' }] }],
      tables: ['对接1号桌', '对接2号桌', '对接3号桌', '对接4号桌', '对接5号桌'].map((name) => ({ name, capacity: 4 })),
      invitedOrganizationIds: [...organizations],
    }),
  })
  await scheduleEvent({ ctx, actor: coordinator, eventId: event.id, apply: true })
  await confirmEvent({ ctx, actor: coordinator, eventId: event.id })
  return event.id
}
