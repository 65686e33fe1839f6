import { chai, GLOBAL_EXPECT, JestAsymmetricMatchers, JestChaiExpect, JestExtend, setState } from '@vitest/expect'

// Inside workerd there is no vitest: this stands in for the part of its API the pure tests use —
// describe, test (and test.each), and expect, the last being vitest's own matchers (@vitest/expect on
// chai), so an assertion means exactly what it means on Node. Tests are collected, then run by run().

chai.use(JestExtend)
chai.use(JestChaiExpect)
chai.use(JestAsymmetricMatchers)

type Expect = typeof chai.expect & { unreachable: (message?: string) => never }
export const expect = chai.expect as Expect
expect.unreachable = (message?: string) => {
  throw new Error(message ?? 'expected this line never to run')
}
setState({ assertionCalls: 0, isExpectingAssertions: false, expectedAssertionsNumber: null }, expect as never)
;(globalThis as Record<symbol, unknown>)[GLOBAL_EXPECT] = expect

interface Case { name: string; fn: () => unknown }
const cases: Case[] = []
const prefix: string[] = []

export function describe(name: string, fn: () => void) {
  prefix.push(name)
  try { fn() } finally { prefix.pop() }
}

type TestFn = (name: string, fn: () => unknown) => void
const register: TestFn = (name, fn) => { cases.push({ name: [...prefix, name].join(' > '), fn }) }
export const test = Object.assign(register, {
  // vitest's: a row that is an array is spread into the arguments, and %s in the name takes them in turn.
  each: <T>(rows: readonly T[]) => (name: string, fn: (...args: any[]) => unknown) => {
    for (const row of rows) {
      const args = Array.isArray(row) ? row : [row]
      let i = 0
      register(name.replace(/%[sdi]/g, () => String(args[i++])), () => fn(...args))
    }
  },
})
export const it = test

/** Runs every collected test, one after another; one result each. */
export async function run(file: string) {
  const results: { file: string; name: string; ok: boolean; error?: string }[] = []
  for (const c of cases.splice(0)) {
    try {
      await c.fn()
      results.push({ file, name: c.name, ok: true })
    } catch (error) {
      results.push({ file, name: c.name, ok: false, error: String((error as Error)?.stack ?? error).slice(0, 2000) })
    }
  }
  return results
}
