import { formatWhen, layout, plainText, type Line, type Rendered } from './format.ts'

// To the event's organizer, once a day: who declined or asked for another time, so nobody has to
// read one mail per answer and nothing waits unseen.

export interface DigestAnswer {
  personName: string
  organizationName: string | null
  answer: 'declined' | 'counter'
  note: string | null
  startsAt: Date
  endsAt: Date
}

export interface AnswerDigestProps {
  language: 'zh' | 'en'
  recipientName: string
  eventTitle: string
  timeZone: string
  day: string
  answers: DigestAnswer[]
  link: string
}

function lines(p: AnswerDigestProps, language: 'zh' | 'en'): Line[][] {
  const zh = language === 'zh'
  const who = (a: DigestAnswer) => (a.organizationName ? `${a.personName}（${a.organizationName}）` : a.personName)
  const what = (a: DigestAnswer) => (a.answer === 'declined' ? (zh ? '谢绝' : 'declined') : zh ? '希望另约时间' : 'asks for another time')
  const items = p.answers.map((a) => `· ${formatWhen(a.startsAt, a.endsAt, p.timeZone, language)} ${who(a)} ${what(a)}${a.note ? `${zh ? '：' : ': '}${a.note}` : ''}`)
  return zh
    ? [[`${p.recipientName}，您好：`], [`「${p.eventTitle}」${p.day}收到 ${p.answers.length} 条谢绝或改期答复：`], items, ['全部答复：', p.link]]
    : [[`Dear ${p.recipientName},`], [`"${p.eventTitle}" received ${p.answers.length} declines or requests for another time (${p.day}):`], items, ['All answers:', p.link]]
}

export function answerDigestEmail(p: AnswerDigestProps): Rendered {
  const parts = p.language === 'en' ? [...lines(p, 'zh'), ['— English —'], ...lines(p, 'en')] : lines(p, 'zh')
  const head = `谢绝与改期汇总：${p.eventTitle}（${p.day}，${p.answers.length} 条）`
  return { subject: p.language === 'en' ? `${head} | Declines of the day` : head, html: layout(parts), text: plainText(parts) }
}
