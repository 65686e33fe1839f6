/**
 * UUIDv7 (RFC 9562): time-ordered, so "newest first" is "id descending" and a list cursor is
 * simply the last id seen: stable under inserts, unique, and index-friendly.
 * Ids made in the same millisecond stay in creation order: the 12-bit rand_a field is a
 * counter within the millisecond (RFC 9562 §6.2, method 1), seeded low so it rarely overflows.
 */
let lastMs = -1
let counter = 0

export function uuidv7(now: number = Date.now()): string {
  let ms = Math.max(now, lastMs)
  if (ms === lastMs) {
    counter++
    if (counter > 0xfff) {
      ms++
      counter = 0
    }
  } else {
    counter = Math.floor(Math.random() * 0x400)
  }
  lastMs = ms

  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  const big = BigInt(ms)
  for (let i = 0; i < 6; i++) bytes[i] = Number((big >> BigInt(8 * (5 - i))) & 0xffn)
  bytes[6] = 0x70 | (counter >> 8)
  bytes[7] = counter & 0xff
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
