import { sql } from 'kysely'
import type { DbOrTx } from '../db/database.ts'
import type { SummaryQuery } from './outcomes.schemas.ts'

// The yearly figures, each by the definition written beside it in the README. Dates are the
// local dates where things happened: a session's in its event's time zone, the rest in Beijing time.

const LOCAL = 'Asia/Shanghai'

// One definition of each funnel step, read by the summary and by the funnel alike.
/** A need is collected when it is first published; a draft withdrawn unpublished never was. */
const collectedOn = sql`(select (min(h.at) at time zone ${LOCAL})::date from need_history h where h.need_id = n.id and h.to_status = 'published')`
/** A need is resolved when it has a resolution and stays resolved (a reopened one does not count). */
const isResolved = sql`(n.status = 'resolved' and exists (select 1 from resolutions x where x.need_id = n.id))`

type Count = number
interface SessionFigures { nationalSocieties: Count; provincialSocieties: Count; universitiesAndInstitutes: Count; experts: Count; eventsHeld: Count; sessionsHeld: Count; enterprisesServed: Count; industryChainsServed: Count }
interface NeedFigures { needsCollected: Count; needsResolved: Count }
interface OutcomeFigures { intentions: Count; agreements: Count; agreementAmountYuan: number; serviceStations: Count }

export async function summaryFigures(db: DbOrTx, q: SummaryQuery) {
  const county = q.county ?? null
  const chain = q.industryChain ?? null
  const sessionFigures = await sql<SessionFigures>`
    with held as (
      select s.id, s.event_id, n.industry_chain
      from sessions s join events e on e.id = s.event_id left join needs n on n.id = s.need_id
      where s.status = 'held'
        and (s.starts_at at time zone e.time_zone)::date between ${q.from}::date and ${q.to}::date
        and (${county}::text is null or e.county = ${county}::text)
        and (${chain}::text is null or n.industry_chain = ${chain}::text)
    ),
    attendance as (
      select distinct a.person_id, p.organization_id, o.kind, o.provider_type
      from session_attendees a join held h on h.id = a.session_id
        join people p on p.id = a.person_id left join organizations o on o.id = p.organization_id
      where a.response <> 'declined'
    )
    select
      (select count(distinct organization_id) from attendance where provider_type = 'national_society')::int as "nationalSocieties",
      (select count(distinct organization_id) from attendance where provider_type = 'provincial_society')::int as "provincialSocieties",
      (select count(distinct organization_id) from attendance where provider_type in ('university', 'institute'))::int as "universitiesAndInstitutes",
      (select count(distinct person_id) from attendance where kind = 'provider')::int as "experts",
      (select count(distinct event_id) from held)::int as "eventsHeld",
      (select count(*) from held)::int as "sessionsHeld",
      (select count(distinct organization_id) from attendance where kind = 'enterprise')::int as "enterprisesServed",
      (select count(distinct industry_chain) from held)::int as "industryChainsServed"
  `.execute(db)

  const needFigures = await sql<NeedFigures>`
    select
      (select count(*) from needs n
        where ${collectedOn} between ${q.from}::date and ${q.to}::date
          and (${county}::text is null or n.county = ${county}::text) and (${chain}::text is null or n.industry_chain = ${chain}::text))::int as "needsCollected",
      (select count(*) from resolutions r join needs n on n.id = r.need_id
        where ${isResolved} and r.resolved_on between ${q.from}::date and ${q.to}::date
          and (${county}::text is null or n.county = ${county}::text) and (${chain}::text is null or n.industry_chain = ${chain}::text))::int as "needsResolved"
  `.execute(db)

  const partyFilter = sql`(${county}::text is null or o.county = ${county}::text) and (${chain}::text is null or o.industry_chains @> array[${chain}::text])`
  const outcomeFigures = await sql<OutcomeFigures>`
    select
      (select count(*) from intentions i join organizations o on o.id = i.enterprise_id
        where i.stated_on between ${q.from}::date and ${q.to}::date and ${partyFilter})::int as "intentions",
      (select count(*) from agreements a join organizations o on o.id = a.enterprise_id
        where a.signed_on between ${q.from}::date and ${q.to}::date and ${partyFilter})::int as "agreements",
      (select coalesce(sum(a.amount_yuan), 0) from agreements a join organizations o on o.id = a.enterprise_id
        where a.signed_on between ${q.from}::date and ${q.to}::date and ${partyFilter})::float8 as "agreementAmountYuan",
      (select count(*) from agreements a join organizations o on o.id = a.enterprise_id
        where a.kind = 'service_station' and a.signed_on between ${q.from}::date and ${q.to}::date and ${partyFilter})::int as "serviceStations"
  `.execute(db)

  return { ...sessionFigures.rows[0]!, ...needFigures.rows[0]!, ...outcomeFigures.rows[0]! }
}

/** The counties (of events, needs and enterprises) or industry chains that appear in the records. */
export async function breakdownKeys(db: DbOrTx, by: 'county' | 'industryChain'): Promise<string[]> {
  const rows =
    by === 'county'
      ? await sql<{ k: string }>`select county as k from events union select county from needs union select county from organizations where kind = 'enterprise' order by 1`.execute(db)
      : await sql<{ k: string }>`select industry_chain as k from needs union select unnest(industry_chains) from organizations where kind = 'enterprise' order by 1`.execute(db)
  return rows.rows.map((r) => r.k)
}

/**
 * For the needs collected in a period, the furthest funnel step each reached, from its records
 * alone: match decisions, sessions, intentions, agreements and resolution (statuses follow from
 * these records, so they add nothing).
 */
export async function funnelRanks(db: DbOrTx, q: SummaryQuery): Promise<number[]> {
  const county = q.county ?? null
  const chain = q.industryChain ?? null
  const rows = await sql<{ rank: number }>`
    with cohort as (
      select n.id, ${isResolved} as resolved from needs n
      where ${collectedOn} between ${q.from}::date and ${q.to}::date
        and (${county}::text is null or n.county = ${county}::text) and (${chain}::text is null or n.industry_chain = ${chain}::text)
    ),
    discussed as (
      select s.status, coalesce(sm.need_id, s.need_id) as need_id
      from sessions s left join session_matches sm on sm.session_id = s.id
      union all select s.status, s.need_id from sessions s
    )
    select c.id, greatest(
      1,
      case when exists (select 1 from matches m where m.need_id = c.id and m.status <> 'rejected') then 3 else 1 end,
      case when exists (select 1 from discussed d where d.need_id = c.id and d.status = 'held') then 5
           when exists (select 1 from discussed d where d.need_id = c.id and d.status <> 'cancelled') then 4 else 1 end,
      case when exists (select 1 from intentions i where c.id::text = any(i.need_ids)) then 6 else 1 end,
      case when exists (select 1 from agreements a where c.id::text = any(a.need_ids)) then 7 else 1 end,
      case when c.resolved then 8 else 1 end
    )::int as rank
    from cohort c
  `.execute(db)
  return rows.rows.map((r) => r.rank)
}
