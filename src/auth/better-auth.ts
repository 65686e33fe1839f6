import { betterAuth } from 'better-auth'
import { emailOTP } from 'better-auth/plugins'
import { signInEmail, type SignInEmailKind } from '../../emails/sign-in-email.ts'
import { actionContext, type Deps } from '../deps.ts'
import { uuidv7 } from '../ids.ts'
import { messageId } from '../mail/headers.ts'
import { enqueueMail } from '../mail/outbox.repository.ts'
import { appSecret } from './app-secrets.repository.ts'
import { mayStartSession, personOfAuthEmail } from './sign-in.repository.ts'

// Sign-in with better-auth, for authentication only: who someone is. What they may do stays in our
// people, organisations and roles: each better-auth user is tied to one person (personId), and
// nobody signs up — people get in by invitation. Passwords are hashed by better-auth (scrypt),
// sessions live in our database, and the session cookie is __Host- prefixed, HttpOnly, Secure
// and SameSite=Lax. Mail (reset links, one-time codes) goes through our outbox.

export const SESSION_COOKIE = '__Host-jinqiao_session'
const SESSION_DAYS = 30

function configure(deps: Deps, secret: string) {
  const ctx = actionContext(deps)
  const origin = new URL(ctx.publicUrl).origin
  const mail = async (kind: SignInEmailKind, email: string, secretValue: string) => {
    const person = await personOfAuthEmail(deps.db, email)
    if (!person?.email) return // no such account: say nothing (the answer is the same either way)
    const rendered = signInEmail({ kind, language: person.language, recipientName: person.name, secret: secretValue, association: ctx.association.name })
    const id = uuidv7()
    await enqueueMail(deps.db, {
      id, kind, dedupeKey: `${kind}:${id}`, messageId: messageId(id, ctx.mailFrom.email), toEmail: person.email, toName: person.name,
      subject: rendered.subject, html: rendered.html, text: rendered.text, ics: null, icsMethod: null, nextAttemptAt: deps.now(), createdAt: deps.now(),
    })
  }
  return betterAuth({
    appName: '金桥对接平台',
    baseURL: ctx.publicUrl,
    basePath: '/api/auth',
    secret,
    trustedOrigins: [origin],
    database: { db: deps.db as never, type: 'postgres' },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: 10,
      maxPasswordLength: 128,
      resetPasswordTokenExpiresIn: 3600,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, url }) => mail('password_reset', user.email, url),
    },
    plugins: [emailOTP({ disableSignUp: true, otpLength: 6, expiresIn: 600, allowedAttempts: 5, storeOTP: 'hashed', sendVerificationOTP: async ({ email, otp, type }) => { if (type === 'sign-in') await mail('sign_in_code', email, otp) } })],
    user: { modelName: 'authUsers', additionalFields: { personId: { type: 'string', required: true, input: false } } },
    session: { modelName: 'authSessions', expiresIn: SESSION_DAYS * 86_400, updateAge: 86_400 },
    account: { modelName: 'authAccounts' },
    verification: { modelName: 'authVerifications' },
    // Throttling is ours (per client and per account, with a Chinese message): see sign-in-throttle.ts.
    rateLimit: { enabled: false },
    databaseHooks: {
      session: {
        create: {
          // A person whose access a coordinator disabled gets no new session.
          before: async (session) => ((await mayStartSession(deps.db, session.userId)) ? { data: session } : false),
        },
      },
    },
    advanced: {
      database: { generateId: () => uuidv7() },
      // The name carries its own prefix (__Host-: Secure, Path=/, no Domain), so better-auth adds none.
      useSecureCookies: false,
      cookies: { session_token: { name: SESSION_COOKIE, attributes: { secure: true, httpOnly: true, sameSite: 'lax', path: '/' } } },
      ipAddress: { ipAddressHeaders: ['cf-connecting-ip'] },
    },
  })
}

export type Auth = ReturnType<typeof configure>

const instances = new WeakMap<Deps, Promise<Auth>>()

/** The app's better-auth, made once per app with a secret kept in the database (JINQIAO_AUTH_SECRET overrides it). */
export function authOf(deps: Deps): Promise<Auth> {
  let auth = instances.get(deps)
  if (!auth) {
    auth = (async () => configure(deps, deps.authSecret ?? (await appSecret(deps.db, 'better-auth', deps.now()))))()
    instances.set(deps, auth)
  }
  return auth
}

/** A person's way in with a password: a better-auth user tied to them, and its credential account. */
export async function createSignIn(auth: Auth, person: { personId: string; email: string; name: string }, password: string) {
  const context = await auth.$context
  const user = await context.internalAdapter.createUser({ email: person.email.toLowerCase(), name: person.name, emailVerified: true, personId: person.personId } as never, { method: 'invitation' })
  await context.internalAdapter.linkAccount({ userId: user.id, providerId: 'credential', accountId: user.id, password: await context.password.hash(password) })
}
