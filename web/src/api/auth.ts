import { createAuthClient } from 'better-auth/client'
import { emailOTPClient } from 'better-auth/client/plugins'

// Sign-in is better-auth's (mounted by the server at /api/auth); who a person is and what they may
// do stays in our own API (/api/v1/me).
export const auth = createAuthClient({ baseURL: window.location.origin, plugins: [emailOTPClient()] })

/** better-auth answers with `{ error: { status, message, code } }`; the server's throttle with problem+json. */
export function authMessage(error: { status?: number; message?: string; code?: string; detail?: string } | null | undefined, t: (zh: string, en: string) => string) {
  if (!error) return null
  if (error.status === 429) return error.detail ?? t('尝试次数过多，请稍后再试', 'Too many attempts; try again later')
  if (error.code === 'INVALID_EMAIL_OR_PASSWORD') return t('邮箱或密码不正确', 'Wrong e-mail or password')
  if (error.code === 'INVALID_OTP' || error.code === 'OTP_EXPIRED') return t('验证码不正确或已过期', 'The code is wrong or has expired')
  if (error.code === 'INVALID_ORIGIN') return t('登录被拒绝：本页地址与服务器设置的 JINQIAO_PUBLIC_URL 不一致，请从正式地址打开', 'Refused: this page’s address is not the server’s JINQIAO_PUBLIC_URL; open the platform at its own address')
  if (error.status === 403) return t('此账号的访问已被停用，请联系科协工作人员', 'Access for this account is disabled; ask the coordinator')
  return error.message || t('登录失败，请重试', 'Sign-in failed; please try again')
}
