import { createHash } from 'node:crypto'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

// `npm run demo` and `npm start` on a fresh clone must show the pages without a separate build:
// the pages are built when web/dist is missing or older than the sources it was built from.
// A fingerprint of the sources (not file times, which a clone resets) says which.

export const WEB_DIR = join(import.meta.dirname, '../../web')
export const PAGES_DIR = join(WEB_DIR, 'dist')
const STAMP = '.sources'

async function sourceFiles(dir: string): Promise<string[]> {
  const found: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules' || entry.name.startsWith('.')) continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) found.push(...(await sourceFiles(path)))
    else found.push(path)
  }
  return found
}

/** A fingerprint of everything the build reads: the web sources and the installed versions. */
export async function sourcesFingerprint(webDir = WEB_DIR) {
  const hash = createHash('sha256')
  const files = (await sourceFiles(webDir)).sort()
  for (const file of [...files, join(webDir, '../package-lock.json')]) {
    hash.update(file.slice(webDir.length)).update('\0')
    hash.update(await readFile(file).catch(() => Buffer.alloc(0))).update('\0')
  }
  return hash.digest('hex')
}

export async function pagesAreCurrent(webDir = WEB_DIR) {
  const stamp = await readFile(join(webDir, 'dist', STAMP), 'utf8').catch(() => null)
  return stamp !== null && stamp.trim() === (await sourcesFingerprint(webDir))
}

/**
 * Builds web/dist unless it is current. Vite is a development dependency: where it is not
 * installed (a production image that ships a built web/dist), the pages are served as they are.
 */
export async function ensurePagesBuilt(log: (line: string) => void = console.log, force = false): Promise<'current' | 'built' | 'unavailable'> {
  if (!force && (await pagesAreCurrent())) return 'current'
  const vite = await import('vite').catch(() => null)
  if (!vite) return 'unavailable'
  log('正在构建网页 (building the pages)…')
  const fingerprint = await sourcesFingerprint()
  await vite.build({ configFile: join(WEB_DIR, 'vite.config.ts'), logLevel: 'warn' })
  await writeFile(join(PAGES_DIR, STAMP), fingerprint)
  return 'built'
}

// `npm run build:web` builds them whatever the stamp says.
if (import.meta.main) await ensurePagesBuilt(console.log, true)
