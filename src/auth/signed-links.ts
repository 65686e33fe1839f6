// Links that are their own credential for one purpose (answer one invite, say) and expire: the
// fields, the expiry and an HMAC-SHA-256 over them and the purpose. Nothing is stored per link,
// so mail bodies never need to hold a live secret until the moment they are sent, and a link
// made for one purpose is worthless for another. Web Crypto, so it also runs on Workers.

const encoder = new TextEncoder()

function base64url(bytes: Uint8Array): string {
  let binary = ''
  for (const b of bytes) binary += String.fromCharCode(b)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4))
  return Uint8Array.from(binary, (c) => c.charCodeAt(0))
}

/** A UUID in 22 characters rather than 36, so links stay short enough for SMS and WeChat. */
export function compactUuid(uuid: string): string {
  return base64url(Uint8Array.from(uuid.replace(/-/g, '').match(/../g)!.map((h) => parseInt(h, 16))))
}

export function expandUuid(text: string): string | null {
  const bytes = text.length === 22 ? fromBase64url(text) : null
  if (!bytes || bytes.length !== 16) return null
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

async function mac(secret: string, purpose: string, body: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
  const signature = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(`${purpose}\n${body}`)))
  return base64url(signature.slice(0, 16))
}

/** Fields may not contain "."; they are joined with the expiry (seconds, base 36) and signed. */
export async function signLink(secret: string, purpose: string, fields: string[], expiresAt: Date): Promise<string> {
  const body = [...fields, Math.ceil(expiresAt.getTime() / 1000).toString(36)].join('.')
  return `${body}.${await mac(secret, purpose, body)}`
}

export type VerifiedLink = { ok: true; fields: string[]; expiresAt: Date } | { ok: false; reason: 'invalid' | 'expired' }

/** Checks the signature in constant time, then the expiry. */
export async function verifyLink(secret: string, purpose: string, token: string, now: Date, fieldCount: number): Promise<VerifiedLink> {
  const parts = token.split('.')
  if (parts.length !== fieldCount + 2 || token.length > 300) return { ok: false, reason: 'invalid' }
  const signature = parts.pop()!
  const body = parts.join('.')
  const expected = await mac(secret, purpose, body)
  let diff = expected.length ^ signature.length
  for (let i = 0; i < expected.length; i++) diff |= expected.charCodeAt(i) ^ (signature.charCodeAt(i) || 0)
  if (diff !== 0) return { ok: false, reason: 'invalid' }
  const expiresAt = new Date(parseInt(parts.pop()!, 36) * 1000)
  if (!(expiresAt.getTime() > now.getTime())) return { ok: false, reason: 'expired' }
  return { ok: true, fields: parts, expiresAt }
}
