// REPLY and COUNTER messages shaped like the ones real calendar clients send back, for the
// sessions these tests book. The shapes follow what each client is documented or observed to
// write: Outlook/Exchange (MS-OXCICAL; Windows zone names in VTIMEZONE and TZID, MAILTO in upper
// case, COMMENT;LANGUAGE=, the X-MICROSOFT-CDO-* set, the calendar as an inline base64 alternative
// only), Google Calendar (PRODID -//Google Inc//Google Calendar 70.9054//EN, UTC times, CUTYPE
// and X-NUM-GUESTS on the attendee, the calendar both inline and as invite.ics), Apple Calendar
// (an iCal-….ics attachment, Olson TZID with its VTIMEZONE, EMAIL= on the attendee,
// REQUEST-STATUS), and RFC 6047 §4.2 / RFC 5546 §4.2 for the structure all of them share.

export interface ReplyFor {
  uid: string
  sequence: number
  attendee: { name: string; email: string }
  organizer: string
  /** Local wall-clock start and end in Beijing, "20261207T090000". */
  local: { start: string; end: string }
  utc: { start: string; end: string }
  stamp: string
}

const crlf = (lines: string[]) => lines.join('\r\n') + '\r\n'

export function outlookReply(r: ReplyFor, partstat: 'ACCEPTED' | 'DECLINED' | 'TENTATIVE', comment?: string, method: 'REPLY' | 'COUNTER' = 'REPLY', proposedLocal?: { start: string; end: string }) {
  const when = proposedLocal ?? r.local
  return crlf([
    'BEGIN:VCALENDAR', `METHOD:${method}`, 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0',
    'BEGIN:VTIMEZONE', 'TZID:China Standard Time', 'BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETFROM:+0800', 'TZOFFSETTO:+0800', 'END:STANDARD',
    'BEGIN:DAYLIGHT', 'DTSTART:16010101T000000', 'TZOFFSETFROM:+0800', 'TZOFFSETTO:+0800', 'END:DAYLIGHT', 'END:VTIMEZONE',
    'BEGIN:VEVENT',
    `ORGANIZER;CN=金桥对接平台:MAILTO:${r.organizer}`,
    `ATTENDEE;PARTSTAT=${partstat};CN=${r.attendee.name}:MAILTO:${r.attendee.email.toUpperCase()}`,
    ...(comment ? [`COMMENT;LANGUAGE=zh-CN:${comment}`] : []),
    `SUMMARY;LANGUAGE=zh-CN:${partstat === 'ACCEPTED' ? '已接受' : partstat === 'DECLINED' ? '已拒绝' : '暂定'}: 金桥行动汶上行`,
    `DTSTART;TZID=China Standard Time:${when.start}`, `DTEND;TZID=China Standard Time:${when.end}`,
    `UID:${r.uid}`, 'CLASS:PUBLIC', 'PRIORITY:5', `DTSTAMP:${r.stamp}`, 'TRANSP:OPAQUE', 'STATUS:CONFIRMED', `SEQUENCE:${r.sequence}`,
    'LOCATION;LANGUAGE=zh-CN:汶上县科技馆 A1 桌', `X-MICROSOFT-CDO-APPT-SEQUENCE:${r.sequence}`, 'X-MICROSOFT-CDO-OWNERAPPTID:-1',
    'X-MICROSOFT-CDO-BUSYSTATUS:BUSY', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY', 'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', 'X-MICROSOFT-CDO-IMPORTANCE:1',
    'X-MICROSOFT-CDO-INSTTYPE:0', `X-MICROSOFT-CDO-REPLYTIME:${r.stamp}`, 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
    'END:VEVENT', 'END:VCALENDAR',
  ])
}

export function googleReply(r: ReplyFor, partstat: 'ACCEPTED' | 'DECLINED' | 'TENTATIVE', sentBy?: string) {
  return crlf([
    'BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'METHOD:REPLY',
    'BEGIN:VEVENT', `DTSTART:${r.utc.start}`, `DTEND:${r.utc.end}`, `DTSTAMP:${r.stamp}`,
    `ORGANIZER;CN=金桥对接平台:mailto:${r.organizer}`, `UID:${r.uid}`,
    `ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=${partstat};CN=${r.attendee.name}${sentBy ? `;SENT-BY="mailto:${sentBy}"` : ''};X-NUM-GUESTS=0:mailto:${r.attendee.email}`,
    `CREATED:${r.stamp}`, 'DESCRIPTION:', `LAST-MODIFIED:${r.stamp}`, 'LOCATION:汶上县科技馆 A1 桌', `SEQUENCE:${r.sequence}`,
    'STATUS:CONFIRMED', 'SUMMARY:金桥行动汶上行', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR',
  ])
}

export function appleReply(r: ReplyFor, partstat: 'ACCEPTED' | 'DECLINED' | 'TENTATIVE') {
  return crlf([
    'BEGIN:VCALENDAR', 'METHOD:REPLY', 'VERSION:2.0', 'PRODID:-//Apple Inc.//macOS 14.5//EN',
    'BEGIN:VTIMEZONE', 'TZID:Asia/Shanghai', 'BEGIN:STANDARD', 'DTSTART:19910915T000000', 'TZNAME:GMT+8', 'TZOFFSETFROM:+0900', 'TZOFFSETTO:+0800', 'END:STANDARD', 'END:VTIMEZONE',
    'BEGIN:VEVENT', `UID:${r.uid}`, `DTSTART;TZID=Asia/Shanghai:${r.local.start}`, `DTEND;TZID=Asia/Shanghai:${r.local.end}`, `DTSTAMP:${r.stamp}`,
    `SEQUENCE:${r.sequence}`, 'SUMMARY:金桥行动汶上行', `ORGANIZER;CN="金桥对接平台":mailto:${r.organizer}`,
    `ATTENDEE;CN="${r.attendee.name}";CUTYPE=INDIVIDUAL;EMAIL="${r.attendee.email}";PARTSTAT=${partstat}:mailto:${r.attendee.email}`,
    'REQUEST-STATUS:2.0;Success', 'END:VEVENT', 'END:VCALENDAR',
  ])
}

/** How each client wraps its calendar in the mail, as nodemailer options. */
export const wrapping = {
  outlook: (ics: string) => ({ text: '已接受', alternatives: [{ contentType: 'text/calendar; charset="utf-8"; method=REPLY', content: Buffer.from(ics), encoding: 'base64' }] }),
  outlookCounter: (ics: string) => ({ text: '新的时间建议', alternatives: [{ contentType: 'text/calendar; charset="utf-8"; method=COUNTER', content: Buffer.from(ics), encoding: 'base64' }] }),
  google: (ics: string) => ({ text: '已接受此邀请。', html: '<p>已接受此邀请。</p>', icalEvent: { method: 'REPLY', filename: 'invite.ics', content: ics } }),
  apple: (ics: string) => ({ text: '', attachments: [{ filename: 'iCal-20261201-100000.ics', contentType: 'text/calendar; method=REPLY', content: Buffer.from(ics), encoding: 'base64' }] }),
  /** A Chinese webmail writing the file in GB18030. */
  gb18030: (ics: string) => ({ text: '', alternatives: [{ contentType: 'text/calendar; charset="gb18030"; method=REPLY', content: Buffer.from(new Uint8Array(encodeGb18030(ics))) }] }),
}

/** Chinese text in GB18030, using the reverse of the decoder (Node has no GB18030 encoder). */
let table: Map<string, number[]> | undefined
function encodeGb18030(text: string): number[] {
  if (!table) {
    table = new Map()
    const decoder = new TextDecoder('gb18030')
    for (let hi = 0x81; hi <= 0xfe; hi++) for (let lo = 0x40; lo <= 0xfe; lo++) if (lo !== 0x7f) table.set(decoder.decode(new Uint8Array([hi, lo])), [hi, lo])
  }
  const out: number[] = []
  for (const ch of text) {
    const code = ch.codePointAt(0)!
    if (code < 0x80) out.push(code)
    else if (table.has(ch)) out.push(...table.get(ch)!)
    else throw new Error(`not in GB18030's two-byte range: ${ch}`)
  }
  return out
}
