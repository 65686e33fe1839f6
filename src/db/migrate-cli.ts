import { parseConfig } from '../config.ts'
import { openDatabase } from './open.ts'

// `npm run db:migrate`: applies every pending migration to the configured database.
try {
  const { db, description } = await openDatabase(parseConfig(process.env))
  console.log(`Migrations applied: ${description} is up to date.`)
  await db.destroy()
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
