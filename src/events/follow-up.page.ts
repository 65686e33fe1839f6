import { html } from 'hono/html'
import { formatWhen } from '../../emails/format.ts'
import type { findFollowUp } from './follow-up.ts'

type FollowUp = Awaited<ReturnType<typeof findFollowUp>>

const page = (title: string, body: unknown) => html`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<style>body{font-family:'PingFang SC','Microsoft YaHei',sans-serif;max-width:34rem;margin:2rem auto;padding:0 1rem;line-height:1.6}label{display:block;margin:.8rem 0 .2rem}button{margin-top:1rem;padding:.5rem 1.5rem}</style></head>
<body>${body}</body></html>`

export function followUpForm(f: FollowUp, saved = false) {
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
