// Shared by the templates: escaping, and times shown in the event's own time zone.

export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

export interface Rendered {
  subject: string
  html: string
  text: string
}

/** "2026年12月5日星期六 08:30–09:00（北京时间）" / "Saturday 5 December 2026, 08:30–09:00 (China Standard Time)". */
export function formatWhen(startsAt: Date, endsAt: Date, timeZone: string, language: 'zh' | 'en'): string {
  const locale = language === 'zh' ? 'zh-CN' : 'en-GB'
  const day = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'full' }).format(startsAt)
  const time = (d: Date) => new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d)
  const zone =
    timeZone === 'Asia/Shanghai' && language === 'zh'
      ? '北京时间'
      : new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'long' }).formatToParts(startsAt).find((p) => p.type === 'timeZoneName')!.value
  return language === 'zh' ? `${day} ${time(startsAt)}–${time(endsAt)}（${zone}）` : `${day}, ${time(startsAt)}–${time(endsAt)} (${zone})`
}

/** What every e-mail about a session says: to whom, in which language, about what, when. */
export interface SessionMailBase {
  language: 'zh' | 'en'
  recipientName: string
  eventTitle: string
  topic: string
  startsAt: Date
  endsAt: Date
  timeZone: string
}

/** A plain, readable layout that mail clients (Outlook, QQ Mail, 163) render alike. */
export function layout(paragraphs: string[][]): string {
  const blocks = paragraphs.map((lines) => `<p style="margin:0 0 12px">${lines.map(escapeHtml).join('<br>')}</p>`).join('\n')
  return `<!doctype html><html><body style="font-family:'PingFang SC','Microsoft YaHei',Arial,sans-serif;font-size:14px;line-height:1.6;color:#1f2328">\n${blocks}\n</body></html>`
}
