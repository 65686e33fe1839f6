import { batchMatches } from '../../src/matching/batch-matches.ts'
import { ResidentCatalogue } from '../../src/matching/resident-catalogue.ts'
import { authenticate } from '../../src/auth/authenticate.ts'
import { provisionAdminToken } from '../../src/auth/provision-admin.ts'
import { createOrganization } from '../../src/catalogue/create-organization.ts'
import { actionContext, type Deps } from '../../src/deps.ts'
import { bulkLoadCapabilities, bulkLoadNeeds, openBenchDb } from './bench-db.ts'
import { generateCapabilities, generateNeeds } from './synthetic.ts'

const TOKEN = 'bench-coordinator-token-000000000001'
const ms = (x: number) => `${x.toFixed(1)} ms`

/** 500 needs × 5,000 capabilities, top 10 each, in process: the catalogue in memory, and read from the database. */
export async function batchSpeed(url: string | undefined): Promise<void> {
  for (const inMemory of [true, false]) {
    const bench = await openBenchDb(url ?? '')
    const deps: Deps = { db: bench.db, now: () => new Date(), maxBodyBytes: 1 << 20, mailFrom: { name: '金桥', email: 'jinqiao@example.org' }, publicUrl: 'http://localhost:3000', ...(inMemory ? { catalogue: new ResidentCatalogue() } : {}) }
    const ctx = actionContext(deps)
    await provisionAdminToken(ctx, TOKEN)
    const actor = (await authenticate(ctx, TOKEN))!
    const provider = await createOrganization({ ctx, actor, input: { kind: 'provider', providerType: 'university', name: '基准测试大学', county: '任城区', industryChains: [], description: '' } })
    const enterprise = await createOrganization({ ctx, actor, input: { kind: 'enterprise', name: '基准测试企业', county: '任城区', industryChains: [], description: '', providerType: null } })
    await bulkLoadCapabilities(bench.db, provider.id, actor.personId, generateCapabilities(5000, 7))
    const ids = await bulkLoadNeeds(bench.db, enterprise.id, actor.personId, generateNeeds(500, 9))
    await deps.catalogue?.current(bench.db)
    const times: number[] = []
    for (let i = 0; i < 3; i++) {
      const t = performance.now()
      const result = await batchMatches({ ctx, actor, input: { needIds: ids, limit: 10 } })
      times.push(performance.now() - t)
      if (result.items.length !== 500) throw new Error(`batch ranked ${result.items.length} needs`)
    }
    times.sort((a, b) => a - b)
    console.log(`- ${bench.description}, ${inMemory ? 'catalogue in memory (Node)' : 'catalogue read from the database for the batch (Workers)'}: ${ms(times[1]!)}`)
    await bench.drop()
  }
}
