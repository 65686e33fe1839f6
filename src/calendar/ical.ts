import ICAL from 'ical.js'

// ical.js writes each property by its value type (TEXT escaped; URI and CAL-ADDRESS as they are)
// once it knows the type. It knows RFC 5545's properties; the ones clients rely on from RFC 7986
// and the X- extensions are declared here, so a feed's name is escaped like any TEXT and a
// meeting link is never rewritten. Lines fold at 75 octets, continuation space included, and
// never inside a character.

const property = ICAL.design.icalendar.property as Record<string, { defaultType: string }>
Object.assign(property, {
  name: { defaultType: 'text' },
  'x-wr-calname': { defaultType: 'text' },
  'x-wr-caldesc': { defaultType: 'text' },
  'x-wr-timezone': { defaultType: 'text' },
  'refresh-interval': { defaultType: 'duration' },
  'x-published-ttl': { defaultType: 'duration' },
  conference: { defaultType: 'uri' },
  'x-microsoft-cdo-busystatus': { defaultType: 'text' },
  'x-microsoft-cdo-intendedstatus': { defaultType: 'text' },
})
ICAL.foldLength = 74

export { ICAL }

/** A calendar component as RFC 5545 wants it on the wire: CRLF after every line, the last one too. */
export const serialise = (component: InstanceType<typeof ICAL.Component>) => `${component.toString()}\r\n`
