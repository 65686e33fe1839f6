import { CAPABILITIES } from '../../src/demo/data/capabilities.ts'
import { CHAINS, COUNTIES } from '../../src/demo/data/chains.ts'
import { NEEDS } from '../../src/demo/data/needs.ts'
import type { IndexedCapability } from '../../src/matching/memory-index.ts'

// Generated catalogues for the benchmarks: the demo's real templates recombined, so token
// frequencies look like a large catalogue of this kind, not like noise. Not the labelled sets'
// records: planted among copies of themselves, their quality at scale would measure nothing.

export function seededRandom(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface Template {
  chain: string
  title: string
  description: string
  keywords: string[]
  serviceTypes: string[]
}

const templates: Template[] = CHAINS.flatMap((chain) => CAPABILITIES[chain].map(([title, description, keywords, serviceTypes]) => ({ chain, title, description, keywords, serviceTypes })))
const QUALIFIERS = ['', '关键技术', '及应用', '集成服务', '工艺优化', '评价与咨询', '中试验证', '成套装备', '技术培训', '标准制定']

export interface GeneratedCapability {
  title: string
  description: string
  keywords: string[]
  fields: string[]
  industryChains: string[]
  serviceTypes: string[]
  regionsServed: string[]
}

/** A generated capability as the in-memory index holds it: room for four sessions this month, no track record. */
export const indexedCapability = (c: GeneratedCapability, id: string): IndexedCapability => ({
  id, doc: { title: c.title, description: c.description, keywords: c.keywords, fields: c.fields },
  facts: { industryChains: c.industryChains, serviceTypes: c.serviceTypes, cooperationModes: [], regionsServed: c.regionsServed, fields: c.fields, capacityLeft: 4, sessionsHeld: 0, agreements: 0 },
})

export function generateCapabilities(count: number, seed = 1): GeneratedCapability[] {
  const rnd = seededRandom(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!
  return Array.from({ length: count }, () => {
    const a = pick(templates)
    const sameChain = templates.filter((t) => t.chain === a.chain)
    const b = pick(sameChain)
    return {
      title: `${a.title}${pick(QUALIFIERS)}`,
      description: `${a.description}${rnd() < 0.6 ? b.description : ''}`,
      keywords: [...new Set([...a.keywords, pick(b.keywords)])],
      fields: [],
      industryChains: [a.chain],
      serviceTypes: a.serviceTypes,
      regionsServed: rnd() < 0.5 ? [] : [pick(COUNTIES)],
    }
  })
}

export interface GeneratedNeed {
  title: string
  description: string
  keywords: string[]
  industryChain: string
  needType: string
  county: string
}

export function generateNeeds(count: number, seed = 2): GeneratedNeed[] {
  const rnd = seededRandom(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!
  const all = CHAINS.flatMap((chain) => NEEDS[chain].map(([title, description, keywords, needType]) => ({ chain, title, description, keywords, needType })))
  return Array.from({ length: count }, (_, i) => {
    const t = all[i % all.length]!
    return { title: `${t.title}${i >= all.length ? `（${pick(COUNTIES)}）` : ''}`, description: t.description, keywords: t.keywords, industryChain: t.chain, needType: t.needType, county: pick(COUNTIES) }
  })
}
