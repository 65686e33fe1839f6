import { layout, plainText, type Line, type Rendered } from './format.ts'

// Getting in: the invitation to set a password, a password reset, and a one-time sign-in code.
// Chinese first; English beside it for those who chose English.

export type SignInEmailKind = 'invitation' | 'password_reset' | 'sign_in_code'

export interface SignInEmailProps {
  kind: SignInEmailKind
  language: 'zh' | 'en'
  recipientName: string
  /** The link (invitation, reset) or the code. */
  secret: string
  association: string
  invitedBy?: string | null
  organizationName?: string | null
}

const HEAD = {
  invitation: { zh: '邀请您使用金桥对接平台', en: 'You are invited to Jinqiao' },
  password_reset: { zh: '重设金桥对接平台密码', en: 'Reset your Jinqiao password' },
  sign_in_code: { zh: '金桥对接平台登录验证码', en: 'Your Jinqiao sign-in code' },
}

function lines(p: SignInEmailProps, language: 'zh' | 'en'): Line[][] {
  const zh = language === 'zh'
  const hello = [zh ? `${p.recipientName}，您好：` : `Dear ${p.recipientName},`]
  const by = p.invitedBy ? (zh ? `${p.invitedBy}邀请您` : `${p.invitedBy} invites you`) : zh ? '我们邀请您' : 'You are invited'
  const org = p.organizationName ? (zh ? `以「${p.organizationName}」的身份` : ` on behalf of ${p.organizationName}`) : ''
  switch (p.kind) {
    case 'invitation':
      return [hello, [zh ? `${by}${org}使用金桥对接平台：发布和查看技术需求与服务能力、参加对接会。` : `${by}${org} to use Jinqiao: technical needs and capabilities, and docking sessions.`],
        [{ label: zh ? '设置密码并登录' : 'Set a password and sign in', href: p.secret }], [zh ? '链接 7 天内有效，仅供您本人使用。' : 'The link works for 7 days, for you alone.'], [p.association]]
    case 'password_reset':
      return [hello, [zh ? '有人（希望是您）请求重设密码。如果不是您，请忽略本邮件。' : 'Someone (we hope you) asked to reset your password. If not, ignore this mail.'],
        [{ label: zh ? '重设密码' : 'Reset the password', href: p.secret }], [zh ? '链接 1 小时内有效。' : 'The link works for an hour.'], [p.association]]
    case 'sign_in_code':
      return [hello, [zh ? `您的登录验证码是 ${p.secret}，10 分钟内有效。请勿告诉他人。` : `Your sign-in code is ${p.secret}; it works for 10 minutes. Do not share it.`], [p.association]]
  }
}

export function signInEmail(p: SignInEmailProps): Rendered {
  const parts = p.language === 'en' ? [...lines(p, 'zh'), ['— English —'], ...lines(p, 'en')] : lines(p, 'zh')
  const subject = p.language === 'en' ? `${HEAD[p.kind].zh} | ${HEAD[p.kind].en}` : HEAD[p.kind].zh
  return { subject, html: layout(parts), text: plainText(parts) }
}
