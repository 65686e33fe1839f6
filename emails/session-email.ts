import { formatWhen, layout, type Rendered, type SessionMailBase } from './format.ts'

// Invite, update, cancellation and reminder for one docking session: Chinese first; a participant
// who asked for English gets it beside the Chinese.

export type SessionEmailKind = 'invite' | 'update' | 'cancellation' | 'reminder'

export interface SessionEmailProps extends SessionMailBase {
  kind: SessionEmailKind
  place: string | null
  parties: string
  /** Who signs: the coordinator when they have a mailbox, always the association, and how to reach it. */
  signature: { person: string | null; association: string; contact: string }
}

const HEAD = {
  invite: { zh: '对接会邀请', en: 'Invitation to a docking session' },
  update: { zh: '对接会时间或地点有变更', en: 'Your docking session has changed' },
  cancellation: { zh: '对接会已取消', en: 'Docking session cancelled' },
  reminder: { zh: '明天的对接会提醒', en: 'Reminder: your docking session tomorrow' },
}

const LEAD = {
  invite: { zh: '诚邀您参加以下对接会，请在日历中接受或谢绝。', en: 'You are invited to the docking session below; please accept or decline it in your calendar.' },
  update: { zh: '您的对接会有变更，以本邮件为准，日历已同步更新。', en: 'Your docking session has changed; this message replaces the earlier one and updates your calendar.' },
  cancellation: { zh: '以下对接会已取消，日历中的安排将被移除。', en: 'The docking session below is cancelled and will be removed from your calendar.' },
  reminder: { zh: '您明天有一场对接会，请按时到场。', en: 'You have a docking session tomorrow; please be on time.' },
}

function lines(p: SessionEmailProps, language: 'zh' | 'en'): string[][] {
  const zh = language === 'zh'
  return [
    [zh ? `${p.recipientName}，您好：` : `Dear ${p.recipientName},`],
    [LEAD[p.kind][language]],
    [
      `${zh ? '活动' : 'Event'}：${p.eventTitle}`,
      `${zh ? '内容' : 'Topic'}：${p.topic}`,
      `${zh ? '时间' : 'Time'}：${formatWhen(p.startsAt, p.endsAt, p.timeZone, language)}`,
      ...(p.place ? [`${zh ? '地点' : 'Place'}：${p.place}`] : []),
      `${zh ? '参会单位' : 'Parties'}：${p.parties}`,
    ],
    [
      ...(p.signature.person ? [p.signature.person] : []),
      p.signature.association,
      `${zh ? '联系方式' : 'Contact'}：${p.signature.contact}`,
    ],
  ]
}

export function sessionEmail(p: SessionEmailProps): Rendered {
  const zh = lines(p, 'zh')
  const parts = p.language === 'en' ? [...zh, ['— English —'], ...lines(p, 'en')] : zh
  const subject = p.language === 'en' ? `${HEAD[p.kind].zh}：${p.eventTitle} | ${HEAD[p.kind].en}` : `${HEAD[p.kind].zh}：${p.eventTitle}`
  return { subject, html: layout(parts), text: parts.map((block) => block.join('\n')).join('\n\n') + '\n' }
}
