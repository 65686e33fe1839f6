import { Hono } from 'hono'
import type { AppEnv } from '../http/app-env.ts'
import { guessThrottle } from '../http/auth-middleware.ts'
import { credentialPage } from '../http/security-headers.ts'
import { limitBody } from '../http/body-guards.ts'
import { DomainError, GoneError } from '../errors.ts'
import { authOf } from './better-auth.ts'
import { acceptInvitation, readInvitation } from './invitations.ts'
import { invitationPage, linkProblemPage, passwordResetPage, passwordSetPage, resetPasswordPage } from './sign-in.pages.ts'

export const signInPagesRouter = new Hono<AppEnv>()
  .use('/invite/*', guessThrottle, limitBody(16 * 1024), credentialPage)
  .use('/reset-password', limitBody(16 * 1024), credentialPage)
  .get('/invite/:token', async (c) => {
    try {
      return c.html(invitationPage(await readInvitation(c.get('ctx'), c.req.param('token'))))
    } catch (error) {
      if (error instanceof DomainError) return c.html(linkProblemPage(error instanceof GoneError ? 410 : 404, error.message), error instanceof GoneError ? 410 : 404)
      throw error
    }
  })
  .post('/invite/:token', async (c) => {
    const form = await c.req.parseBody()
    const password = typeof form.password === 'string' ? form.password : ''
    try {
      const invitation = await readInvitation(c.get('ctx'), c.req.param('token'))
      if (password.length < 10 || password.length > 128) return c.html(invitationPage(invitation, '密码须为 10–128 个字符 (10 to 128 characters)'), 400)
      if (password !== form.confirm) return c.html(invitationPage(invitation, '两次输入的密码不一致 (the passwords differ)'), 400)
      const auth = await authOf(c.get('deps'))
      const accepted = await acceptInvitation({ ctx: c.get('ctx'), auth, token: c.req.param('token'), password })
      // The person who just chose a password is signed in on this browser: the page's link leads straight in.
      const signedIn = await auth.api.signInEmail({ body: { email: accepted.email, password }, headers: c.req.raw.headers, asResponse: true })
      const page = await c.html(passwordSetPage(accepted.email))
      for (const cookie of signedIn.headers.getSetCookie()) page.headers.append('set-cookie', cookie)
      return page
    } catch (error) {
      if (error instanceof DomainError) return c.html(linkProblemPage(error instanceof GoneError ? 410 : 404, error.message), error instanceof GoneError ? 410 : 409)
      throw error
    }
  })
  // better-auth's reset link lands here (its callbackURL) with ?token=.
  .get('/reset-password', (c) => c.html(resetPasswordPage(c.req.query('token') ?? '')))
  .post('/reset-password', async (c) => {
    const form = await c.req.parseBody()
    const token = typeof form.token === 'string' ? form.token : ''
    const password = typeof form.password === 'string' ? form.password : ''
    if (password.length < 10 || password.length > 128) return c.html(resetPasswordPage(token, '密码须为 10–128 个字符 (10 to 128 characters)'), 400)
    const auth = await authOf(c.get('deps'))
    const done = await auth.api.resetPassword({ body: { token, newPassword: password } }).then(() => true, () => false)
    return done ? c.html(passwordResetPage()) : c.html(resetPasswordPage(token, '链接无效或已过期，请重新申请 (the link is invalid or has expired)'), 400)
  })
