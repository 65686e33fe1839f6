// What both databases' statement preparing shares (preparing-pglite.ts, preparing-pg-client.ts).

/** Whether a statement plans, and so is worth preparing. Transaction control, DDL and COPY go as they are. */
export const plans = (text: string) => /^\s*(select|insert|update|delete|with)\b/i.test(text)

/** PostgreSQL's answer when a table changed under a prepared `select *` (a migration since): prepare it again. */
export const resultTypeChanged = (error: unknown) => (error as { code?: string } | null)?.code === '0A000'
