import { MODULES } from './modules.ts'
import { run } from './vitest-shim.ts'

// A Worker that runs the pure modules' tests inside workerd and answers with the results (JSON).
export default {
  async fetch(): Promise<Response> {
    const results = []
    for (const [file, load] of Object.entries(MODULES)) {
      try {
        await load()
        results.push(...(await run(file)))
      } catch (error) {
        results.push({ file, name: '(loading the module)', ok: false, error: String((error as Error)?.stack ?? error) })
      }
    }
    return Response.json(results)
  },
}
