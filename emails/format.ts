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

/** A line of a mail: text, or a link shown as a button in HTML and as label and address in plain text. */
export type Line = string | { label: string; href: string }

const BUTTON = 'display:inline-block;margin:0 8px 8px 0;padding:8px 18px;border-radius:4px;background:#1677ff;color:#fff;text-decoration:none'
const lineHtml = (l: Line) => (typeof l === 'string' ? escapeHtml(l) : `<a href="${escapeHtml(l.href)}" style="${BUTTON}">${escapeHtml(l.label)}</a>`)
const lineText = (l: Line) => (typeof l === 'string' ? l : `${l.label}${/[\u3000-\u9fff]/.test(l.label) ? '：' : ': '}${l.href}`)

export const plainText = (paragraphs: Line[][]) => paragraphs.map((block) => block.map(lineText).join('\n')).join('\n\n') + '\n'

/** "今天" / "明天" / "12月7日" for a session, as seen on the day the mail is written, in the event's zone. */
export function dayWord(startsAt: Date, now: Date, timeZone: string, language: 'zh' | 'en'): string {
  const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d)
  const days = Math.round((Date.parse(day(startsAt)) - Date.parse(day(now))) / 86_400_000)
  if (days === 0) return language === 'zh' ? '今天' : 'today'
  if (days === 1) return language === 'zh' ? '明天' : 'tomorrow'
  return new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', { timeZone, month: 'long', day: 'numeric' }).format(startsAt)
}

/** A plain, readable layout that mail clients (Outlook, QQ Mail, 163) render alike. */
export function layout(paragraphs: Line[][]): string {
  const blocks = paragraphs.map((lines) => `<p style="margin:0 0 12px">${lines.map(lineHtml).join(lines.every((l) => typeof l !== 'string') ? ' ' : '<br>')}</p>`).join('\n')
  return `<!doctype html><html><body style="font-family:'PingFang SC','Microsoft YaHei',Arial,sans-serif;font-size:14px;line-height:1.6;color:#1f2328">\n${blocks}\n</body></html>`
}
