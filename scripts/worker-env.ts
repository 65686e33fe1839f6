// What running the Worker locally needs, shared by `npm run dev:worker` and the workerd tests: the
// database URL as Hyperdrive's local connection string (with a password: Hyperdrive's parser insists,
// and a server that trusts local users ignores it), and the app's settings as Worker variables.

export function hyperdriveLocalUrl(databaseUrl: string) {
  const url = new URL(databaseUrl)
  if (!url.password) url.password = 'jinqiao-local'
  if (!url.username) url.username = 'postgres'
  return url.toString()
}

/** JINQIAO_* and the mail settings from this environment, as `--var NAME:value` arguments for `wrangler dev`. */
export function workerVars(env: Record<string, string | undefined>, extra: Record<string, string> = {}) {
  const vars = { ...Object.fromEntries(Object.entries(env).filter(([k, v]) => v && /^(JINQIAO_|SMTP_URL$)/.test(k))), ...extra }
  return Object.entries(vars).flatMap(([k, v]) => ['--var', `${k}:${v}`])
}

export const WRANGLER = ['node_modules/wrangler/bin/wrangler.js']
/** No telemetry, no update check: CI has no network but the registry's. */
export const QUIET_WRANGLER_ENV = { WRANGLER_SEND_METRICS: 'false', WRANGLER_LOG: 'warn', NO_UPDATE_NOTIFIER: '1' }
