import { simpleParser } from 'mailparser'
import { ICAL } from '../calendar/ical.ts'

// Reading what a calendar client sends back (iMIP, RFC 6047): a mail whose text/calendar part
// (inline alternative or attachment: Outlook, Gmail, Apple Mail, QQ Mail and 163 differ) holds a
// METHOD:REPLY, or a COUNTER when Outlook proposes another time. Pure: no database, no network.

export interface ReplyMail {
  messageId: string | null
  from: string | null
  /** Each calendar object the mail carries, decoded by its charset (Chinese clients may send GB18030). */
  calendars: string[]
}

const MAX_CALENDAR_BYTES = 256 * 1024

export async function readReplyMail(raw: Buffer | string): Promise<ReplyMail> {
  const mail = await simpleParser(raw, { skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true, maxHtmlLengthToParse: 1024 * 1024 })
  const calendars = new Set<string>()
  for (const a of mail.attachments) {
    const isCalendar = /^(text\/calendar|application\/ics)$/i.test(a.contentType) || /\.ics$/i.test(a.filename ?? '')
    if (!isCalendar || a.content.length > MAX_CALENDAR_BYTES) continue
    const type = a.headers.get('content-type') as { params?: Record<string, string> } | undefined
    calendars.add(decode(a.content, type?.params?.charset))
  }
  const from = mail.from?.value[0]?.address?.toLowerCase() ?? null
  return { messageId: mail.messageId ?? null, from, calendars: [...calendars] }
}

function decode(bytes: Buffer, charset: string | undefined): string {
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes)
  } catch {
    return new TextDecoder('utf-8').decode(bytes)
  }
}

export type Partstat = 'accepted' | 'declined' | 'tentative'

export interface ItipAnswer {
  method: 'REPLY' | 'COUNTER'
  uid: string
  sequence: number
  /** When the client wrote it: an answer older than one already recorded is stale. */
  stamp: Date | null
  attendee: string
  /** Who answered on the attendee's behalf (SENT-BY), if anyone: a secretary for an expert. */
  sentBy: string | null
  partstat: Partstat | null
  comment: string | null
  /** What a COUNTER proposes, as written (zone names such as Outlook's "China Standard Time" are not resolved). */
  proposed: string | null
}

const PARTSTAT: Record<string, Partstat> = { ACCEPTED: 'accepted', DECLINED: 'declined', TENTATIVE: 'tentative' }

/** The answers in one calendar object, or a reason it holds none. */
export function readItipAnswers(ics: string): { answers: ItipAnswer[] } | { error: string } {
  let root
  try {
    root = new ICAL.Component(ICAL.parse(ics))
  } catch (error) {
    return { error: `日历内容无法解析 (unparseable calendar): ${(error as Error).message}`.slice(0, 300) }
  }
  const method = String(root.getFirstPropertyValue('method') ?? '').toUpperCase()
  if (method !== 'REPLY' && method !== 'COUNTER') return { error: `不是答复 (METHOD:${method || '—'}, not REPLY)` }
  const answers: ItipAnswer[] = []
  for (const ev of root.getAllSubcomponents('vevent')) {
    const uid = String(ev.getFirstPropertyValue('uid') ?? '')
    const stamp = ev.getFirstPropertyValue('dtstamp') as InstanceType<typeof ICAL.Time> | null
    const start = ev.getFirstProperty('dtstart')
    for (const p of ev.getAllProperties('attendee')) {
      const address = String(p.getFirstValue() ?? '').replace(/^mailto:/i, '').trim().toLowerCase()
      const partstat = String(p.getParameter('partstat') ?? '').toUpperCase()
      const sentBy = p.getParameter('sent-by')
      answers.push({
        method, uid, sequence: Number(ev.getFirstPropertyValue('sequence') ?? 0) || 0,
        stamp: stamp && typeof stamp.toJSDate === 'function' ? safeDate(() => stamp.toJSDate()) : null,
        attendee: address, sentBy: typeof sentBy === 'string' ? sentBy.replace(/^mailto:/i, '').trim().toLowerCase() : null, partstat: PARTSTAT[partstat] ?? null,
        comment: (ev.getFirstPropertyValue('comment') as string | null)?.slice(0, 1000) ?? null,
        proposed: method === 'COUNTER' && start ? proposedTime(start) : null,
      })
    }
  }
  return answers.length ? { answers } : { error: '答复中没有参会人 (no ATTENDEE in the reply)' }
}

function proposedTime(start: InstanceType<typeof ICAL.Property>): string {
  const value = start.getFirstValue() as InstanceType<typeof ICAL.Time>
  const zone = start.getParameter('tzid')
  const text = String(value).replace('T', ' ').slice(0, 16)
  return (value.zone === ICAL.Timezone.utcTimezone ? `${text} UTC` : zone ? `${text} (${zone})` : text).slice(0, 200)
}

function safeDate(f: () => Date): Date | null {
  try {
    const d = f()
    return Number.isNaN(d.getTime()) ? null : d
  } catch {
    return null
  }
}
