import type { Actor } from '../auth/actor.ts'
import { hashToken } from '../auth/token.ts'
import { insertToken } from '../auth/tokens.repository.ts'
import { createCapability } from '../catalogue/create-capability.ts'
import { createNeed } from '../catalogue/create-need.ts'
import { createOrganization } from '../catalogue/create-organization.ts'
import { createPerson } from '../catalogue/create-person.ts'
import { CreateCapability } from '../catalogue/capabilities.schemas.ts'
import { CreateNeed } from '../catalogue/needs.schemas.ts'
import { updateNeed } from '../catalogue/update-need.ts'
import type { ActionContext } from '../deps.ts'
import { uuidv7 } from '../ids.ts'
import { CAPABILITIES } from './data/capabilities.ts'
import { CHAINS, COUNTIES, type Chain, ENTERPRISES, ENTERPRISE_POSITIONS, EXPERT_POSITIONS, GIVEN_NAMES, PROVIDERS, SURNAMES } from './data/chains.ts'
import { NEEDS } from './data/needs.ts'
import { seedSeason, type SeasonNeed } from './season.ts'

export const DEMO_TOKENS = { enterprise: 'demo-enterprise-token-0001', provider: 'demo-provider-token-0001' }
export const DEMO_SIGN_INS = { coordinator: 'coordinator@example.org', enterprise: 'enterprise@example.org', provider: 'provider@example.org' }

/** A small deterministic generator, so every demo database is the same. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Fills an empty database with a year of a city association's Golden Bridge programme, through
 * the same actions the API uses (so every record passes the same rules). Returns what it made.
 */
export async function seedDemo(base: ActionContext, coordinator: Actor) {
  const rnd = random(20261123)
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!
  // The catalogue fills over the months before the season's first event (the season: season.ts).
  const today = base.now().getTime()
  let clock = today - 330 * 86_400_000
  const ctx: ActionContext = { ...base, now: () => new Date(clock), newId: () => uuidv7(clock) }
  const tick = () => (clock += Math.floor(rnd() * 30 * 3600_000) + 60_000)
  const personName = () => pick([...SURNAMES]) + pick(GIVEN_NAMES)
  let mail = 0
  const person = (organizationId: string, position: string) =>
    createPerson({ ctx, actor: coordinator, input: { organizationId, name: personName(), position, email: `demo${++mail}@example.org`, phone: `0537-${2000000 + mail * 37}`, language: 'zh' } })

  const enterprises: { id: string; chain: string; county: string; staff: string[] }[] = []
  for (const [name, county, chain] of ENTERPRISES) {
    tick()
    const org = await createOrganization({ ctx, actor: coordinator, input: { kind: 'enterprise', name, county, industryChains: [chain], description: `${county}${chain}企业`, providerType: null } })
    const staff = [(await person(org.id, ENTERPRISE_POSITIONS[0]!)).id, (await person(org.id, pick(ENTERPRISE_POSITIONS.slice(1)))).id]
    enterprises.push({ id: org.id, chain, county, staff })
  }

  const providers: { id: string; chains: string[]; experts: string[]; staff: string }[] = []
  for (const [name, providerType, county, chains] of PROVIDERS) {
    tick()
    const org = await createOrganization({ ctx, actor: coordinator, input: { kind: 'provider', providerType, name, county, industryChains: chains, description: `服务${chains.join('、')}产业链` } })
    const staff = (await person(org.id, '秘书长')).id
    const experts = [(await person(org.id, pick(EXPERT_POSITIONS))).id, (await person(org.id, pick(EXPERT_POSITIONS))).id]
    providers.push({ id: org.id, chains, experts, staff })
  }

  let needCount = 0
  const published: Record<string, SeasonNeed[]> = {}
  for (const chain of CHAINS) {
    const owners = enterprises.filter((e) => e.chain === chain)
    for (const [i, [title, description, keywords, needType, cooperationModes]] of NEEDS[chain].entries()) {
      tick()
      const owner = owners[i % owners.length]!
      const budget = Math.round(rnd() * 40 + 5) * 10000
      const visibility = rnd() < 0.15 ? 'summary' : rnd() < 0.06 ? 'confidential' : 'public'
      const input = CreateNeed.parse({
        organizationId: owner.id, title, description, keywords, needType, cooperationModes, county: owner.county, industryChain: chain,
        budgetMinYuan: budget, budgetMaxYuan: budget * 3, deadline: `2027-0${1 + (needCount % 9)}-28`, visibility, contactPersonId: owner.staff[1],
        // Some are still drafts; one was withdrawn unpublished (it never counts as collected).
        status: needCount % 11 === 10 || needCount === 23 ? 'draft' : 'published',
      })
      const need = await createNeed({ ctx, actor: coordinator, input })
      if (needCount === 23) await updateNeed({ ctx, actor: coordinator, id: need.id, input: { status: 'withdrawn', statusReason: '企业内部已自行解决' } })
      else if (input.status === 'published') (published[chain] ??= []).push({ id: need.id, organizationId: owner.id })
      needCount++
    }
  }

  let capabilityCount = 0
  for (const chain of CHAINS) {
    const offering = providers.filter((p) => p.chains.includes(chain))
    for (const [i, [title, description, keywords, serviceTypes, readinessLevel]] of CAPABILITIES[chain].entries()) {
      tick()
      const provider = offering[i % offering.length]!
      const regionsServed = rnd() < 0.5 ? [] : [pick(COUNTIES), pick(COUNTIES)]
      const input = CreateCapability.parse({
        organizationId: provider.id, title, description, keywords, serviceTypes, readinessLevel, industryChains: [chain], regionsServed,
        cooperationModes: ['development', 'consulting', 'service'].slice(0, 1 + (capabilityCount % 3)), capacityPerMonth: 2 + (capabilityCount % 6),
        visibility: rnd() < 0.1 ? 'summary' : 'public', expertIds: [provider.experts[i % 2]!], status: capabilityCount % 17 === 16 ? 'draft' : 'published',
      })
      await createCapability({ ctx, actor: coordinator, input })
      capabilityCount++
    }
  }

  // Four docking events: three behind, with their outcomes, and one ahead, confirmed.
  const take = (chain: Chain, n: number) => (published[chain] ?? []).splice(0, n)
  const season = await seedSeason(ctx, coordinator, today, [
    { title: '金桥行动汶上行', county: '汶上县', venue: '汶上县科技馆', offsetDays: -140, needs: [...take('纺织服装', 3), ...take('高端化工', 3)] },
    { title: '金桥行动邹城行', county: '邹城市', venue: '山东省机器人与智能装备园区（邹城）', offsetDays: -70, needs: [...take('高端装备', 3), ...take('新材料', 3)] },
    { title: '金桥行动曲阜行', county: '曲阜市', venue: '曲阜市科技创新中心', offsetDays: -20, needs: [...take('生物医药', 3), ...take('医养健康', 2), ...take('煤盐化工', 2)] },
    { title: '金桥行动嘉祥行', county: '嘉祥县', venue: '嘉祥县会展中心', offsetDays: 12, needs: [...take('纺织服装', 1), ...take('智慧农机', 3), ...take('现代农业', 2)] },
  ])

  // The people who sign in to the demo meet in the first session of the event ahead, so both
  // have an invitation to answer: the enterprise's contact, and the secretary of the society whose
  // expert attends (their passwords: sign-ins.ts).
  const ahead = await ctx.db.selectFrom('sessions as s').innerJoin('events as e', 'e.id', 's.eventId').innerJoin('sessionAttendees as a', 'a.sessionId', 's.id')
    .innerJoin('people as p', 'p.id', 'a.personId').leftJoin('organizations as o', 'o.id', 'p.organizationId')
    .select(['s.id as sessionId', 'a.side', 'a.personId', 'p.organizationId', 'o.providerType'])
    .where('e.title', '=', '金桥行动嘉祥行').orderBy('s.startsAt').orderBy('s.id').execute()
  const expert = ahead.find((a) => a.side === 'provider' && a.providerType?.endsWith('society')) ?? ahead.find((a) => a.side === 'provider')!
  const enterprisePerson = ahead.find((a) => a.side === 'enterprise' && a.sessionId === expert.sessionId)!.personId
  const society = providers.find((p) => p.id === expert.organizationId)!
  await ctx.db.updateTable('people').set({ email: DEMO_SIGN_INS.enterprise }).where('id', '=', enterprisePerson).execute()
  await ctx.db.updateTable('people').set({ email: DEMO_SIGN_INS.provider }).where('id', '=', society.staff).execute()
  await createPerson({ ctx, actor: coordinator, input: { organizationId: null, name: '王晓燕', position: '企业工作部', email: DEMO_SIGN_INS.coordinator, phone: '0537-2345678', language: 'zh' } })
  await insertToken(ctx.db, { id: ctx.newId(), personId: enterprisePerson, tokenHash: await hashToken(DEMO_TOKENS.enterprise), label: '演示：企业用户 (demo enterprise user)', createdBy: coordinator.personId, createdAt: new Date(clock) })
  await insertToken(ctx.db, { id: ctx.newId(), personId: society.staff, tokenHash: await hashToken(DEMO_TOKENS.provider), label: '演示：服务方用户 (demo provider user)', createdBy: coordinator.personId, createdAt: new Date(clock) })
  return { enterprises: enterprises.length, providers: providers.length, needs: needCount, capabilities: capabilityCount, ...season }
}
