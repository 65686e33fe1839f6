import { hostname } from 'node:os'
import { join } from 'node:path'
import { openSync, readFileSync, unlinkSync, writeSync, closeSync } from 'node:fs'

// PGlite is one process's database: a second process opening the same directory starts, answers,
// and loses what it wrote. So the directory is locked before it is opened: a file naming the
// owner's pid, made with O_EXCL. A lock whose process is gone (killed with -9, say) is stale and
// taken over; one whose process lives is refused with who holds it.

export class DataDirBusy extends Error {}

interface Owner {
  pid: number
  host: string
  since: string
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function readOwner(path: string): Owner | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Owner
  } catch {
    return null
  }
}

/** Takes the directory's lock, or throws DataDirBusy naming its holder. Returns the release. */
export function lockDataDir(dir: string): () => void {
  const path = join(dir, 'jinqiao.lock')
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx')
      writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() } satisfies Owner))
      closeSync(fd)
      let released = false
      const release = () => {
        if (released) return
        released = true
        if (readOwner(path)?.pid === process.pid) unlinkSync(path)
      }
      process.once('exit', release)
      return release
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const owner = readOwner(path)
      if (owner && owner.host === hostname() && owner.pid !== process.pid && alive(owner.pid)) {
        throw new DataDirBusy(
          `数据目录 ${dir} 正被进程 ${owner.pid} 使用（自 ${owner.since}）(the data directory is in use by process ${owner.pid} since ${owner.since}): ` +
            'stop that server first, or set JINQIAO_DATA_DIR to another directory.',
        )
      }
      if (owner && owner.host !== hostname()) {
        throw new DataDirBusy(`数据目录 ${dir} 被另一台机器 ${owner.host} 锁定 (locked by process ${owner.pid} on ${owner.host}); if it is not running, delete ${path}.`)
      }
      unlinkSync(path) // stale: its process is gone
    }
  }
  throw new DataDirBusy(`无法锁定数据目录 ${dir} (could not lock the data directory)`)
}
