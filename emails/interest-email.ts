import { layout, plainText, type Line, type Rendered } from './format.ts'

// 「我能解决」: the enterprise hears that a provider can solve its need; the provider hears whether
// the enterprise took it up. Each links to the page where it is answered or seen.

export type InterestEmailProps = {
  language: 'zh' | 'en'
  recipientName: string
  needTitle: string
  capabilityTitle: string
  providerName: string
  link: string
} & ({ kind: 'expressed'; note: string } | { kind: 'accepted' | 'declined'; decisionNote: string | null })

function lines(p: InterestEmailProps, language: 'zh' | 'en'): Line[][] {
  const link = { label: language === 'zh' ? '在金桥平台查看' : 'See it on Jinqiao', href: p.link }
  if (p.kind === 'expressed') {
    return language === 'zh'
      ? [[`${p.recipientName}，您好：`], [`${p.providerName}表示能解决您发布的需求「${p.needTitle}」，可提供的服务能力：「${p.capabilityTitle}」。`], [`留言：${p.note}`], ['您可以接受（科协会安排对接）或婉拒：', link]]
      : [[`Dear ${p.recipientName},`], [`${p.providerName} says it can solve your need "${p.needTitle}" with "${p.capabilityTitle}".`], [`Their note: ${p.note}`], ['Accept it (the association arranges a meeting) or decline:', link]]
  }
  const accepted = p.kind === 'accepted'
  return language === 'zh'
    ? [[`${p.recipientName}，您好：`], [accepted ? `企业接受了您对需求「${p.needTitle}」的揭榜（${p.capabilityTitle}），科协将安排对接。` : `企业婉拒了您对需求「${p.needTitle}」的揭榜（${p.capabilityTitle}）。`], ...(p.decisionNote ? [[`留言：${p.decisionNote}`]] : []), [link]]
    : [[`Dear ${p.recipientName},`], [accepted ? `The enterprise accepted your offer for "${p.needTitle}" (${p.capabilityTitle}); the association will arrange a meeting.` : `The enterprise declined your offer for "${p.needTitle}" (${p.capabilityTitle}).`], ...(p.decisionNote ? [[`Their note: ${p.decisionNote}`]] : []), [link]]
}

export function interestEmail(p: InterestEmailProps): Rendered {
  const parts = p.language === 'en' ? [...lines(p, 'zh'), ['— English —'], ...lines(p, 'en')] : lines(p, 'zh')
  const zh = p.kind === 'expressed' ? `有服务方能解决您的需求：${p.needTitle}` : p.kind === 'accepted' ? `揭榜已被接受：${p.needTitle}` : `揭榜未被接受：${p.needTitle}`
  const en = p.kind === 'expressed' ? 'A provider can solve your need' : p.kind === 'accepted' ? 'Your offer was accepted' : 'Your offer was declined'
  return { subject: p.language === 'en' ? `${zh} | ${en}` : zh, html: layout(parts), text: plainText(parts) }
}
