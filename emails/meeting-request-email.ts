import { layout, plainText, type Line, type Rendered } from './format.ts'

// Meeting requests inside a docking event: the asked side hears of the request; the asking side
// hears the answer. Each links to the event's page, where requests are answered and seen.

export type MeetingRequestEmailProps = {
  language: 'zh' | 'en'
  recipientName: string
  eventTitle: string
  /** Who asks (for a request) or who answered (for an answer). */
  organizationName: string
  /** What it is about, as far as named. */
  needTitle: string | null
  capabilityTitle: string | null
  link: string
} & ({ kind: 'requested'; message: string } | { kind: 'accepted' | 'declined'; note: string | null })

function topic(p: MeetingRequestEmailProps, language: 'zh' | 'en') {
  const parts = language === 'zh'
    ? [p.needTitle && `需求「${p.needTitle}」`, p.capabilityTitle && `服务能力「${p.capabilityTitle}」`]
    : [p.needTitle && `the need "${p.needTitle}"`, p.capabilityTitle && `the capability "${p.capabilityTitle}"`]
  return parts.filter(Boolean).join(language === 'zh' ? '、' : ' and ')
}

function lines(p: MeetingRequestEmailProps, language: 'zh' | 'en'): Line[][] {
  const link = p.kind === 'requested'
    ? { label: language === 'zh' ? '在金桥平台查看并答复' : 'See and answer it on Jinqiao', href: p.link }
    : { label: language === 'zh' ? '在金桥平台查看' : 'See it on Jinqiao', href: p.link }
  const about = topic(p, language)
  if (p.kind === 'requested') {
    return language === 'zh'
      ? [[`${p.recipientName}，您好：`], [`${p.organizationName}希望在「${p.eventTitle}」上与贵单位对接，事由：${about}。`], [`留言：${p.message}`], ['接受后科协会排入对接日程；谢绝后不会安排。', link]]
      : [[`Dear ${p.recipientName},`], [`${p.organizationName} would like to meet you at "${p.eventTitle}" about ${about}.`], [`Their message: ${p.message}`], ['Once you accept, the association puts the meeting in the timetable; if you decline, it does not.', link]]
  }
  const accepted = p.kind === 'accepted'
  const note = p.note ? [[language === 'zh' ? `留言：${p.note}` : `Their note: ${p.note}`]] : []
  return language === 'zh'
    ? [[`${p.recipientName}，您好：`], [accepted ? `${p.organizationName}接受了您在「${p.eventTitle}」的约见（${about}），科协将排入对接日程，届时会发出会议邀请。` : `${p.organizationName}谢绝了您在「${p.eventTitle}」的约见（${about}）。`], ...note, [link]]
    : [[`Dear ${p.recipientName},`], [accepted ? `${p.organizationName} accepted your meeting request at "${p.eventTitle}" (${about}); the association will put it in the timetable and send the invite.` : `${p.organizationName} declined your meeting request at "${p.eventTitle}" (${about}).`], ...note, [link]]
}

export function meetingRequestEmail(p: MeetingRequestEmailProps): Rendered {
  const parts = p.language === 'en' ? [...lines(p, 'zh'), ['— English —'], ...lines(p, 'en')] : lines(p, 'zh')
  const zh = p.kind === 'requested' ? `约见请求：${p.organizationName}（${p.eventTitle}）` : p.kind === 'accepted' ? `约见已接受：${p.organizationName}` : `约见被谢绝：${p.organizationName}`
  const en = p.kind === 'requested' ? 'A meeting request' : p.kind === 'accepted' ? 'Meeting request accepted' : 'Meeting request declined'
  return { subject: p.language === 'en' ? `${zh} | ${en}` : zh, html: layout(parts), text: plainText(parts) }
}
