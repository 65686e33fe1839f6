import { formatWhen, layout, plainText, type Rendered, type SessionMailBase } from './format.ts'

// After a session: one question, one link, no login. The answers feed the outcomes.

export interface FollowUpEmailProps extends SessionMailBase {
  link: string
}

function lines(p: FollowUpEmailProps, language: 'zh' | 'en'): string[][] {
  const when = formatWhen(p.startsAt, p.endsAt, p.timeZone, language)
  return language === 'zh'
    ? [[`${p.recipientName}，您好：`], [`感谢参加「${p.eventTitle}」的对接会（${p.topic}，${when}）。`], ['对接是否如期举行？有没有帮助？是否达成合作意向？下一步打算怎么做？请花一分钟告诉我们：'], [p.link], ['无需登录，链接仅供您本人使用。']]
    : [[`Dear ${p.recipientName},`], [`Thank you for attending the docking session at "${p.eventTitle}" (${p.topic}, ${when}).`], ['Did it take place, was it useful, is there an intention to cooperate, and what comes next? One minute, no login:'], [p.link]]
}

export function followUpEmail(p: FollowUpEmailProps): Rendered {
  const parts = p.language === 'en' ? [...lines(p, 'zh'), ['— English —'], ...lines(p, 'en')] : lines(p, 'zh')
  const subject = p.language === 'en' ? `对接会回访：${p.eventTitle} | How did it go?` : `对接会回访：${p.eventTitle}`
  return { subject, html: layout(parts), text: plainText(parts) }
}
