import { sql, type RawBuilder } from 'kysely'
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
export interface Figures {
  nationalSocieties: Count; provincialSocieties: Count; universitiesAndInstitutes: Count; experts: Count; eventsHeld: Count; sessionsHeld: Count
  enterprisesServed: Count; industryChainsServed: Count; needsCollected: Count; needsResolved: Count; intentions: Count; agreements: Count
  agreementAmountYuan: number; serviceStations: Count
}
export type GroupBy = 'county' | 'industryChain' | 'month' | null

const ZERO: Figures = {
  nationalSocieties: 0, provincialSocieties: 0, universitiesAndInstitutes: 0, experts: 0, eventsHeld: 0, sessionsHeld: 0, enterprisesServed: 0,
  industryChainsServed: 0, needsCollected: 0, needsResolved: 0, intentions: 0, agreements: 0, agreementAmountYuan: 0, serviceStations: 0,
}

const month = (date: RawBuilder<unknown>) => sql`to_char(${date}, 'YYYY-MM')`

/**
 * The report's figures for a period, in one grouped query per kind of record: for the whole period
 * (by = null), or for each county, industry chain or month. Every figure has one definition, here,
 * whichever way it is cut.
 */
export async function figuresBy(db: DbOrTx, q: SummaryQuery, by: GroupBy): Promise<Map<string, Figures>> {
  const county = q.county ?? null
  const chain = q.industryChain ?? null
  const key = (keys: { month: RawBuilder<unknown>; county: RawBuilder<unknown>; industryChain: RawBuilder<unknown> }) => (by ? keys[by] : sql`''`)
  const sessionDay = sql`(s.starts_at at time zone e.time_zone)::date`
  const held = sql`
    held as (
      select s.id, s.event_id, n.industry_chain, ${key({ month: month(sessionDay), county: sql`e.county`, industryChain: sql`n.industry_chain` })}::text as k
      from sessions s join events e on e.id = s.event_id left join needs n on n.id = s.need_id
      where s.status = 'held' and ${sessionDay} between ${q.from}::date and ${q.to}::date
        and (${county}::text is null or e.county = ${county}::text) and (${chain}::text is null or n.industry_chain = ${chain}::text)
    )`
  const sessions = await sql<{ k: string } & Partial<Figures>>`
    with ${held},
    attendance as (
      select distinct h.k, a.person_id, p.organization_id, o.kind, o.provider_type
      from session_attendees a join held h on h.id = a.session_id
        join people p on p.id = a.person_id left join organizations o on o.id = p.organization_id
      where a.response <> 'declined'
    ),
    people_figures as (
      select k,
        count(distinct organization_id) filter (where provider_type = 'national_society')::int as "nationalSocieties",
        count(distinct organization_id) filter (where provider_type = 'provincial_society')::int as "provincialSocieties",
        count(distinct organization_id) filter (where provider_type in ('university', 'institute'))::int as "universitiesAndInstitutes",
        count(distinct person_id) filter (where kind = 'provider')::int as "experts",
        count(distinct organization_id) filter (where kind = 'enterprise')::int as "enterprisesServed"
      from attendance group by k
    ),
    session_figures as (
      select k, count(distinct event_id)::int as "eventsHeld", count(*)::int as "sessionsHeld", count(distinct industry_chain)::int as "industryChainsServed"
      from held group by k
    )
    select s.*, p."nationalSocieties", p."provincialSocieties", p."universitiesAndInstitutes", p."experts", p."enterprisesServed"
    from session_figures s left join people_figures p on p.k is not distinct from s.k
  `.execute(db)

  const needFilter = sql`(${county}::text is null or n.county = ${county}::text) and (${chain}::text is null or n.industry_chain = ${chain}::text)`
  const collected = await sql<{ k: string; needsCollected: number }>`
    select k, count(*)::int as "needsCollected" from (
      select ${collectedOn} as day, n.county, n.industry_chain from needs n where ${needFilter}
    ) c cross join lateral (select ${key({ month: month(sql`c.day`), county: sql`c.county`, industryChain: sql`c.industry_chain` })}::text as k) g
    where c.day between ${q.from}::date and ${q.to}::date
    group by k
  `.execute(db)
  const resolved = await sql<{ k: string; needsResolved: number }>`
    select ${key({ month: month(sql`r.resolved_on`), county: sql`n.county`, industryChain: sql`n.industry_chain` })}::text as k, count(*)::int as "needsResolved"
    from resolutions r join needs n on n.id = r.need_id
    where ${isResolved} and r.resolved_on between ${q.from}::date and ${q.to}::date and ${needFilter}
    group by 1
  `.execute(db)

  // Intentions and agreements count for the enterprise's county and each of its chains.
  const partyFilter = sql`(${county}::text is null or o.county = ${county}::text) and (${chain}::text is null or o.industry_chains @> array[${chain}::text])`
  const chains = by === 'industryChain' ? sql`cross join lateral unnest(o.industry_chains) as ch(name)` : sql``
  const intentions = await sql<{ k: string; intentions: number }>`
    select ${key({ month: month(sql`i.stated_on`), county: sql`o.county`, industryChain: sql`ch.name` })}::text as k, count(*)::int as "intentions"
    from intentions i join organizations o on o.id = i.enterprise_id ${chains}
    where i.stated_on between ${q.from}::date and ${q.to}::date and ${partyFilter}
    group by 1
  `.execute(db)
  const agreements = await sql<{ k: string; agreements: number; agreementAmountYuan: number; serviceStations: number }>`
    select ${key({ month: month(sql`a.signed_on`), county: sql`o.county`, industryChain: sql`ch.name` })}::text as k,
      count(*)::int as "agreements", coalesce(sum(a.amount_yuan), 0)::float8 as "agreementAmountYuan",
      count(*) filter (where a.kind = 'service_station')::int as "serviceStations"
    from agreements a join organizations o on o.id = a.enterprise_id ${chains}
    where a.signed_on between ${q.from}::date and ${q.to}::date and ${partyFilter}
    group by 1
  `.execute(db)

  const out = new Map<string, Figures>()
  for (const result of [sessions, collected, resolved, intentions, agreements]) {
    for (const { k, ...figures } of result.rows as ({ k: string | null } & Partial<Figures>)[]) {
      const group = k ?? ''
      const merged = { ...(out.get(group) ?? ZERO) }
      for (const [name, value] of Object.entries(figures)) if (value != null) (merged as Record<string, number>)[name] = Number(value)
      out.set(group, merged)
    }
  }
  return out
}

export async function summaryFigures(db: DbOrTx, q: SummaryQuery): Promise<Figures> {
  return (await figuresBy(db, q, null)).get('') ?? { ...ZERO }
}

export const noFigures = (): Figures => ({ ...ZERO })

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
 * alone: match decisions and providers' offers (揭榜) not declined, sessions, intentions, agreements and resolution (statuses follow from
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
      case when exists (select 1 from matches m where m.need_id = c.id and m.status <> 'rejected')
             or exists (select 1 from need_interests ni where ni.need_id = c.id and ni.status <> 'declined') then 3 else 1 end,
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
