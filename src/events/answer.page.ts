import { html } from 'hono/html'
import { smallPage as page } from '../http/small-page.ts'
import { formatWhen } from '../../emails/format.ts'
import type { LinkOutcome } from './answer-by-link.ts'
import type { AnswerChoice } from './answer-links.ts'
import { placeOf, topicOf } from './session-calendar.ts'

// The page a one-click link opens (its shell: small-page.ts).


const VERB: Record<AnswerChoice, { zh: string; en: string; done: string; doneEn: string }> = {
  accept: { zh: '确认参加', en: 'Accept', done: '已确认参加，谢谢！', doneEn: 'Accepted. Thank you!' },
  decline: { zh: '确认谢绝', en: 'Decline', done: '已谢绝，我们会告知组织者。', doneEn: 'Declined; the organizer will be told.' },
  counter: { zh: '提交另约时间', en: 'Propose another time', done: '已转告组织者，他们会与您联系另约时间。', doneEn: 'Sent to the organizer, who will contact you about another time.' },
}

function sessionFacts(o: Extract<LinkOutcome, { details: unknown }>) {
  const d = o.details
  const place = placeOf(d)
  return html`<dl><dt>活动 Event</dt><dd>${d.eventTitle}</dd><dt>内容 Topic</dt><dd>${topicOf(d)}</dd>
<dt>时间 Time</dt><dd>${formatWhen(d.startsAt, d.endsAt, d.timeZone, 'zh')}</dd>${place ? html`<dt>地点 Place</dt><dd>${place}</dd>` : ''}</dl>`
}

export function answerPage(o: LinkOutcome): { status: 200 | 404 | 409 | 410; body: ReturnType<typeof page> } {
  switch (o.state) {
    case 'invalid':
      return { status: 404, body: page('链接无效', html`<h1>链接无效</h1><p>该答复链接无效或已不适用于您。请使用最新一封邀请邮件中的链接，或联系组织者。</p><p class="en">This answer link is not valid. Please use the latest invitation, or contact the organizer.</p>`) }
    case 'expired':
      return { status: 410, body: page('链接已过期', html`<h1>链接已过期</h1><p>对接会已结束，答复链接随之失效。</p><p class="en">The session is over, and its answer links with it.</p>`) }
    case 'clash':
      return { status: 409, body: page('时间冲突', html`<h1>无法确认参加</h1><p>${o.message}</p><p>请先谢绝冲突的对接会，或联系组织者调整。</p>`) }
    case 'cancelled':
      return { status: 200, body: page('对接会已取消', html`<h1>对接会已取消</h1>${sessionFacts(o)}<p>无需答复。<span class="en">This session is cancelled; no answer is needed.</span></p>`) }
    case 'done': {
      const v = VERB[o.choice]
      return { status: 200, body: page(v.done, html`<h1>${v.done}</h1><p class="en">${v.doneEn}</p>${sessionFacts(o)}<p class="note">如需改变答复，请使用邀请邮件中的其他按钮。</p>`) }
    }
    case 'ready': {
      const v = VERB[o.choice]
      const current = { accepted: '您目前的答复：接受', declined: '您目前的答复：谢绝', needs_action: '' }[o.attendee.response]
      const noteLabel = o.choice === 'counter' ? '您方便的时间（必填，如「12月5日下午」）' : '给组织者的留言（可选）'
      return {
        status: 200,
        body: page(`${v.zh} · ${o.details.eventTitle}`, html`<h1>${o.attendee.name}，请确认</h1>${sessionFacts(o)}${current ? html`<p class="note">${current}</p>` : ''}
<form method="post" class="${o.choice}">${o.choice === 'accept' ? '' : html`<label for="note">${noteLabel}</label><textarea id="note" name="note" rows="3" maxlength="1000" ${o.choice === 'counter' ? 'required' : ''}></textarea>`}
<button type="submit">${v.zh} ${v.en}</button></form>`),
      }
    }
  }
}
