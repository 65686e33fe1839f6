import { dayWord, formatWhen, layout, plainText, type Line, type Rendered, type SessionMailBase } from './format.ts'

// Invite, update, cancellation and reminder for one docking session: Chinese first; a participant
// who asked for English gets it beside the Chinese.

export type SessionEmailKind = 'invite' | 'update' | 'cancellation' | 'reminder'

export interface SessionEmailProps extends SessionMailBase {
  kind: SessionEmailKind
  place: string | null
  parties: string
  /** Who signs: the coordinator when they have a mailbox, always the association, and how to reach it. */
  signature: { person: string | null; association: string; contact: string }
  /** When the mail is written: a reminder says 「今天」 or 「明天」 from it. */
  writtenAt: Date
  /** One-click answers (the addresses, or the placeholders the dispatcher fills in); none in a cancellation. */
  answerLinks?: { accept: string; decline: string; counter: string } | null
}

const HEAD = {
  invite: { zh: () => '对接会邀请', en: () => 'Invitation to a docking session' },
  update: { zh: () => '对接会时间或地点有变更', en: () => 'Your docking session has changed' },
  cancellation: { zh: () => '对接会已取消', en: () => 'Docking session cancelled' },
  reminder: { zh: (day: string) => `${day}的对接会提醒`, en: (day: string) => `Reminder: your docking session ${day}` },
}

const LEAD = {
  invite: { zh: () => '诚邀您参加以下对接会，请点击下方按钮或在日历中接受或谢绝。', en: () => 'You are invited to the docking session below; please accept or decline it with the buttons below or in your calendar.' },
  update: { zh: () => '您的对接会有变更，以本邮件为准，日历已同步更新；请重新确认能否参加。', en: () => 'Your docking session has changed; this message replaces the earlier one and updates your calendar. Please confirm again whether you can attend.' },
  cancellation: { zh: () => '以下对接会已取消，日历中的安排将被移除。', en: () => 'The docking session below is cancelled and will be removed from your calendar.' },
  reminder: { zh: (day: string) => `您${day}有一场对接会，请按时到场。`, en: (day: string) => `You have a docking session ${day}; please be on time.` },
}

const ANSWERS = {
  zh: { accept: '接受', decline: '谢绝', counter: '另约时间', note: '点击即可答复，无需登录；链接仅供您本人使用。' },
  en: { accept: 'Accept', decline: 'Decline', counter: 'Propose another time', note: 'One click, no login; the links are for you alone.' },
}

function lines(p: SessionEmailProps, language: 'zh' | 'en'): Line[][] {
  const zh = language === 'zh'
  const day = dayWord(p.startsAt, p.writtenAt, p.timeZone, language)
  const a = ANSWERS[language]
  const answers: Line[][] = p.answerLinks && p.kind !== 'cancellation'
    ? [[{ label: a.accept, href: p.answerLinks.accept }, { label: a.decline, href: p.answerLinks.decline }, { label: a.counter, href: p.answerLinks.counter }], [a.note]]
    : []
  const c = zh ? '：' : ': ' // each language its own colon
  return [
    [zh ? `${p.recipientName}，您好：` : `Dear ${p.recipientName},`],
    [LEAD[p.kind][language](day)],
    [
      `${zh ? '活动' : 'Event'}${c}${p.eventTitle}`,
      `${zh ? '内容' : 'Topic'}${c}${p.topic}`,
      `${zh ? '时间' : 'Time'}${c}${formatWhen(p.startsAt, p.endsAt, p.timeZone, language)}`,
      ...(p.place ? [`${zh ? '地点' : 'Place'}${c}${p.place}`] : []),
      `${zh ? '参会单位' : 'Parties'}${c}${p.parties}`,
    ],
    ...answers,
    [
      ...(p.signature.person ? [p.signature.person] : []),
      p.signature.association,
      `${zh ? '联系方式' : 'Contact'}${c}${p.signature.contact}`,
    ],
  ]
}

export function sessionEmail(p: SessionEmailProps): Rendered {
  const zh = lines(p, 'zh')
  const parts = p.language === 'en' ? [...zh, ['— English —'], ...lines(p, 'en')] : zh
  const head = (language: 'zh' | 'en') => HEAD[p.kind][language](dayWord(p.startsAt, p.writtenAt, p.timeZone, language))
  const subject = p.language === 'en' ? `${head('zh')}：${p.eventTitle} | ${head('en')}` : `${head('zh')}：${p.eventTitle}`
  return { subject, html: layout(parts), text: plainText(parts) }
}
