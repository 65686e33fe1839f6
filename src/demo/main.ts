import { authenticate } from '../auth/authenticate.ts'
import { actionContext } from '../deps.ts'
import { exitOnStartupError, startServer } from '../node.ts'
import { DEMO_SIGN_INS, DEMO_TOKENS, seedDemo } from './seed.ts'
import { DEMO_PASSWORD, provisionDemoSignIns } from './sign-ins.ts'

// `npm run demo`: the server on its own PGlite under ./data/demo, filled once with a demo programme.
const DEFAULT_ADMIN = 'demo-coordinator-token-0001'
const env = { JINQIAO_DATA_DIR: './data/demo', JINQIAO_ADMIN_TOKEN: DEFAULT_ADMIN, JINQIAO_ASSOCIATION_NAME: '济宁市科学技术协会', JINQIAO_ASSOCIATION_CONTACT: '0537-2345678，jinqiao@example.org', ...process.env }
const admin = env.JINQIAO_ADMIN_TOKEN!

await startServer(env, async (deps) => {
  const ctx = actionContext(deps)
  const empty = !(await deps.db.selectFrom('organizations').select('id').limit(1).executeTakeFirst())
  if (empty) {
    const coordinator = await authenticate(ctx, admin)
    if (!coordinator) throw new Error('the admin token does not authenticate a coordinator')
    const made = await deps.db.transaction().execute((tx) => seedDemo({ ...ctx, db: tx }, coordinator))
    console.log(`Demo programme created: ${made.enterprises} enterprises, ${made.needs} needs, ${made.providers} providers, ${made.capabilities} capabilities.`)
  }
  await provisionDemoSignIns(deps)
  console.log(`Demo sign-in (演示登录), password 密码 ${DEMO_PASSWORD}:`)
  console.log(`  coordinator 科协工作人员: ${DEMO_SIGN_INS.coordinator}`)
  console.log(`  enterprise  企业用户:     ${DEMO_SIGN_INS.enterprise}`)
  console.log(`  provider    学会秘书:     ${DEMO_SIGN_INS.provider}`)
  console.log('Demo tokens (演示令牌) — send as "Authorization: Bearer <token>":')
  console.log(`  coordinator 科协工作人员: ${admin}`)
  console.log(`  enterprise  企业用户:     ${DEMO_TOKENS.enterprise}`)
  console.log(`  provider    服务方用户:   ${DEMO_TOKENS.provider}`)
}).catch(exitOnStartupError)
