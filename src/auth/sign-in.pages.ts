import { html } from 'hono/html'
import { smallPage as page } from '../http/small-page.ts'

// The pages an invitation and a password reset open: small, no script, readable in the WeChat
// in-app browser, whether or not the web app is built. A GET shows a form; only its button acts.


export function invitationPage(i: { name: string; email: string | null; organizationName: string | null }, error?: string) {
  return page('设置密码 · 金桥对接平台', html`<h1>${i.name}，欢迎使用金桥对接平台</h1>
<p>${i.organizationName ? html`您将以「${i.organizationName}」的身份登录。` : ''}登录账号：<strong>${i.email}</strong></p>
<p class="en">Set a password to sign in.</p>
${error ? html`<p class="error" role="alert">${error}</p>` : ''}
<form method="post"><label for="password">设置密码（至少 10 个字符）Password</label><input id="password" name="password" type="password" minlength="10" maxlength="128" autocomplete="new-password" required>
<label for="confirm">再输入一次 Again</label><input id="confirm" name="confirm" type="password" minlength="10" maxlength="128" autocomplete="new-password" required>
<button type="submit">设置密码 Set password</button></form>`)
}

export function passwordSetPage(email: string) {
  return page('密码已设置', html`<h1>密码已设置</h1><p>您已在本设备登录。今后请用 <strong>${email}</strong> 和这个密码登录。</p><p class="en">Your password is set and you are signed in here; next time sign in with ${email} and this password.</p><p><a href="/">进入工作台 Open Jinqiao</a></p>`)
}

export function linkProblemPage(status: 404 | 410, message: string) {
  return page(status === 410 ? '链接已失效' : '链接无效', html`<h1>${status === 410 ? '链接已失效' : '链接无效'}</h1><p>${message}</p><p class="en">Ask whoever invited you to send a new link.</p>`)
}

export function resetPasswordPage(token: string, error?: string) {
  return page('重设密码 · 金桥对接平台', html`<h1>重设密码</h1><p class="en">Choose a new password.</p>
${error ? html`<p class="error" role="alert">${error}</p>` : ''}
<form method="post"><input type="hidden" name="token" value="${token}"><label for="password">新密码（至少 10 个字符）New password</label><input id="password" name="password" type="password" minlength="10" maxlength="128" autocomplete="new-password" required>
<button type="submit">重设密码 Reset</button></form>`)
}

export function passwordResetPage() {
  return page('密码已重设', html`<h1>密码已重设</h1><p>其他设备上的登录已全部退出。请用新密码登录。</p><p class="en">Your password is reset and every other session signed out.</p><p><a href="/sign-in">去登录 Sign in</a></p>`)
}
