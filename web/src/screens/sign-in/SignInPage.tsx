import { useQueryClient } from '@tanstack/react-query'
import { useNavigate, useSearch } from '@tanstack/react-router'
import { Alert, Button, Card, Form, Input, Segmented } from 'antd'
import { useState } from 'react'
import { auth, authMessage } from '../../api/auth'
import { LanguageSwitch } from '../../app/Shell'
import { BRAND } from '../../app/Providers'
import { Heading, Muted } from '../../features/common/text'
import { useT } from '../../i18n/language'

type Way = 'password' | 'code' | 'reset'

/** Sign-in by password or by a code sent by e-mail, and the way to a forgotten password. */
export function SignInPage() {
  const t = useT()
  const { next } = useSearch({ from: '/sign-in' })
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [way, setWay] = useState<Way>('password')
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [codeSentTo, setCodeSentTo] = useState<string | null>(null)

  const enter = async () => {
    queryClient.clear()
    await navigate({ to: next ?? '/', replace: true })
  }
  const run = async (work: () => Promise<{ error: unknown } | undefined>, then?: () => Promise<void> | void) => {
    setBusy(true); setError(null); setNotice(null)
    try {
      const result = await work()
      if (result?.error) setError(authMessage(result.error as never, t))
      else await then?.()
    } catch {
      setError(t('网络连接失败，请重试', 'The network failed; please retry'))
    } finally { setBusy(false) }
  }

  const email = { name: 'email', label: t('邮箱', 'E-mail'), rules: [{ required: true, type: 'email' as const, message: t('请填写有效的邮箱', 'Enter a valid e-mail address') }] }
  return (
    <main style={{ minHeight: '100vh', background: '#f5f5f5', display: 'grid', placeItems: 'start center', padding: '24px 12px', boxSizing: 'border-box' }}>
      <div style={{ width: '100%', maxWidth: 420 }}>
        <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', marginBottom: 16 }}>
          <Heading level={1} style={{ color: BRAND, fontSize: 26 }}>金桥 <span style={{ fontSize: 16, fontWeight: 400 }}>{t('科技对接平台', 'Jinqiao matchmaking')}</span></Heading>
          <LanguageSwitch />
        </div>
        <Card>
          <Segmented block value={way} onChange={(v) => { setWay(v as Way); setError(null); setNotice(null) }} style={{ marginBottom: 16 }}
            options={[{ value: 'password', label: t('密码登录', 'Password') }, { value: 'code', label: t('验证码登录', 'E-mail code') }, { value: 'reset', label: t('忘记密码', 'Forgot') }]} />
          {error && <Alert role="alert" type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
          {notice && <Alert role="status" type="success" showIcon title={notice} style={{ marginBottom: 16 }} />}

          {way === 'password' && (
            <Form layout="vertical" requiredMark={false} onFinish={(v: { email: string; password: string }) => run(() => auth.signIn.email({ email: v.email.trim(), password: v.password }), enter)}>
              <Form.Item {...email}><Input type="email" autoComplete="username" inputMode="email" /></Form.Item>
              <Form.Item name="password" label={t('密码', 'Password')} rules={[{ required: true, message: t('请填写密码', 'Enter your password') }]}><Input.Password autoComplete="current-password" /></Form.Item>
              <Button type="primary" htmlType="submit" block size="large" loading={busy}>{t('登录', 'Sign in')}</Button>
            </Form>
          )}

          {way === 'code' && (
            <Form layout="vertical" requiredMark={false}
              onFinish={(v: { email: string; otp?: string }) => codeSentTo
                ? run(() => auth.signIn.emailOtp({ email: codeSentTo, otp: (v.otp ?? '').trim() }), enter)
                : run(() => auth.emailOtp.sendVerificationOtp({ email: v.email.trim(), type: 'sign-in' }), () => { setCodeSentTo(v.email.trim()); setNotice(t('如该邮箱已开通登录，验证码已发出，10 分钟内有效。', 'If this address may sign in, a code is on its way; it works for 10 minutes.')) })}>
              <Form.Item {...email}><Input type="email" autoComplete="username" inputMode="email" disabled={!!codeSentTo} /></Form.Item>
              {codeSentTo && (
                <Form.Item name="otp" label={t('6 位验证码', '6-digit code')} rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: t('请填写邮件中的 6 位数字', 'Enter the 6 digits from the e-mail') }]}>
                  <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
                </Form.Item>
              )}
              <Button type="primary" htmlType="submit" block size="large" loading={busy}>{codeSentTo ? t('登录', 'Sign in') : t('发送验证码', 'Send me a code')}</Button>
              {codeSentTo && <Button type="link" block onClick={() => { setCodeSentTo(null); setNotice(null) }}>{t('换个邮箱或重新发送', 'Another address, or send again')}</Button>}
            </Form>
          )}

          {way === 'reset' && (
            <Form layout="vertical" requiredMark={false}
              onFinish={(v: { email: string }) => run(() => auth.requestPasswordReset({ email: v.email.trim(), redirectTo: '/reset-password' }), () => setNotice(t('如该邮箱已开通登录，重设密码的链接已发出，请查收邮件。', 'If this address may sign in, a link to reset the password is on its way.')))}>
              <p><Muted>{t('填写登录邮箱，我们会发送重设密码的链接。', 'Enter the address you sign in with; we will send a link to set a new password.')}</Muted></p>
              <Form.Item {...email}><Input type="email" autoComplete="username" inputMode="email" /></Form.Item>
              <Button type="primary" htmlType="submit" block size="large" loading={busy}>{t('发送重设链接', 'Send the link')}</Button>
            </Form>
          )}
        </Card>
        <p style={{ marginTop: 16, fontSize: 13 }}><Muted>
          {t('没有账号？平台不开放自行注册：请联系本市科协工作人员或本单位同事邀请您。', 'No account? Sign-up is by invitation: ask your association’s coordinator or a colleague to invite you.')}
        </Muted></p>
      </div>
    </main>
  )
}
