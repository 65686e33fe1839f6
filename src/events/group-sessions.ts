import type { MeetingRequest } from './scheduler.ts'

// Group (1:n) sessions: a provider's expert meets several enterprises whose needs the same capability
// answers, at one table, instead of one after another. Pure: which pairs go together.

export interface Pair extends MeetingRequest {
  capabilityId: string
}

export type Unit<T extends Pair> = MeetingRequest & { members: T[] }

/**
 * Shortlisted pairs of the same capability and expert, best first, in groups of up to `maxSeats − 1`
 * enterprises (the expert takes a seat); a group of one stays a pair. Accepted requests and
 * must-meets stay one-to-one: that is what the participants asked for.
 */
export function groupByCapability<T extends Pair>(pairs: readonly T[], maxSeats: number): Unit<T>[] {
  const single = (p: T): Unit<T> => ({ ...p, members: [p] })
  const open = new Map<string, T[]>()
  const units: Unit<T>[] = []
  for (const p of pairs) {
    if ((p.priority ?? 'shortlisted') !== 'shortlisted' || p.groupWith?.length) units.push(single(p))
    else open.set(`${p.capabilityId}/${p.providerPerson}`, [...(open.get(`${p.capabilityId}/${p.providerPerson}`) ?? []), p])
  }
  const perGroup = Math.max(1, maxSeats - 1)
  for (const members of open.values()) {
    const sorted = [...members].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    // One enterprise person may come for two needs: that is one seat, and one group at most.
    const chunks: T[][] = []
    for (const p of sorted) {
      const chunk = chunks.find((c) => c.length < perGroup && !c.some((q) => q.enterprisePerson === p.enterprisePerson))
      if (chunk) chunk.push(p)
      else chunks.push([p])
    }
    for (const chunk of chunks) {
      if (chunk.length === 1) {
        units.push(single(chunk[0]!))
        continue
      }
      const [first, ...rest] = chunk as [T, ...T[]]
      units.push({
        id: `group:${first.id}`, enterprisePerson: first.enterprisePerson, providerPerson: first.providerPerson, groupWith: rest.map((p) => p.enterprisePerson),
        score: Math.round(chunk.reduce((sum, p) => sum + p.score, 0) * 1000) / 1000, seats: chunk.length + 1, priority: 'shortlisted', members: chunk,
      })
    }
  }
  return units.sort((a, b) => (a.id < b.id ? -1 : 1))
}
