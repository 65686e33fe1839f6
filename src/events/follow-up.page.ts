import { html } from 'hono/html'
import { smallPage as page } from '../http/small-page.ts'
import { formatWhen } from '../../emails/format.ts'
import type { findFollowUp } from './follow-up.ts'

type FollowUp = Awaited<ReturnType<typeof findFollowUp>>


/** A link that leads nowhere, or no longer: said as a page, since a person opened it. */
export function followUpGone(status: 404 | 410) {
  return status === 410
    ? page('回访链接已过期', html`<h1>回访链接已过期</h1><p>该回访链接已过有效期。如需补充对接情况，请联系组织者。</p><p>This follow-up link has expired; please contact the organizer.</p>`)
    : page('回访链接无效', html`<h1>回访链接无效</h1><p>该链接无效，或已被新的链接取代。请使用最新一封回访邮件中的链接。</p><p>This link is not valid, or a newer one replaced it.</p>`)
}

const yes = (v: boolean | null) => (v === null ? '—' : v ? '是' : '否')

export function followUpForm(f: FollowUp, saved = false) {
  if (f.confirmedAt) {
    return page('对接会回访', html`<h1>对接会回访</h1>
<p>${f.name}，您好。您对「${f.eventTitle}」（${formatWhen(f.startsAt, f.endsAt, f.timeZone, 'zh')}）的答复已由科协确认，谢谢！如需更改，请联系组织者。</p>
<dl><dt>如期举行</dt><dd>${yes(f.held)}</dd><dt>帮助程度</dt><dd>${f.usefulness ?? '—'}</dd><dt>合作意向</dt><dd>${yes(f.intention)}</dd><dt>下一步打算</dt><dd>${f.nextStep ?? '—'}</dd></dl>`)
  }
  return page('对接会回访', html`<h1>对接会回访</h1>
<p>${f.name}，您好。请告诉我们「${f.eventTitle}」（${formatWhen(f.startsAt, f.endsAt, f.timeZone, 'zh')}）的对接情况。</p>
${saved ? html`<p><strong>已收到，谢谢！如需修改，可再次提交。</strong></p>` : ''}
<form method="post">
<label>对接是否如期举行？</label>
<label><input type="radio" name="held" value="yes" ${f.held === true ? 'checked' : ''} required> 是</label>
<label><input type="radio" name="held" value="no" ${f.held === false ? 'checked' : ''}> 否</label>
<label for="usefulness">有多大帮助？（1 没有帮助 – 5 很有帮助）</label>
<select id="usefulness" name="usefulness"><option value="">—</option>${[1, 2, 3, 4, 5].map((n) => html`<option ${f.usefulness === n ? 'selected' : ''}>${n}</option>`)}</select>
<label>是否达成合作意向？</label>
<label><input type="radio" name="intention" value="yes" ${f.intention === true ? 'checked' : ''}> 是</label>
<label><input type="radio" name="intention" value="no" ${f.intention === false ? 'checked' : ''}> 否</label>
<label for="nextStep">下一步打算</label>
<textarea id="nextStep" name="nextStep" rows="3" cols="40" maxlength="500">${f.nextStep ?? ''}</textarea>
<div><button type="submit">提交</button></div>
</form>`)
}
