import { z } from 'zod'

/** The environment the server reads, checked once per entry point. */
export const Config = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  JINQIAO_DATA_DIR: z.string().min(1).default('./data/jinqiao'),
  JINQIAO_ADMIN_TOKEN: z
    .string()
    .min(24, 'must be at least 24 characters, so that it cannot be guessed')
    .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces')
    .optional(),
  // Unset, it is this machine at PORT: sign-in only trusts pages from the public URL's origin.
  JINQIAO_PUBLIC_URL: z.url('must be the URL people reach the server at').optional(),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL').optional(),
  JINQIAO_MAIL_FROM: z.email('must be an e-mail address').default('jinqiao@example.org'),
  // Mail over HTTPS to a sending service (Workers, where SMTP is not available): its endpoint, key and request shape.
  JINQIAO_MAIL_API_URL: z.url('must be the mail API’s https:// endpoint').regex(/^https?:\/\//, 'must be an http(s):// URL').optional(),
  JINQIAO_MAIL_API_KEY: z.string().min(8, 'must be the mail API’s key').optional(),
  JINQIAO_MAIL_API_FORMAT: z.enum(['resend', 'postmark']).default('resend'),
  JINQIAO_REPLY_TO: z.email('must be an e-mail address').optional(),
  // The optional semantic re-ranker: an OpenAI-compatible embeddings API (…/v1), its model and key.
  JINQIAO_EMBEDDINGS_URL: z.url('must be the embeddings API’s base URL, e.g. http://localhost:11434/v1').regex(/^https?:\/\//, 'must be an http(s):// URL').optional(),
  JINQIAO_EMBEDDINGS_MODEL: z.string().min(1).max(100).default('bge-m3'),
  JINQIAO_EMBEDDINGS_KEY: z.string().min(1).optional(),
  JINQIAO_REPLY_IMAP_URL: z.string().regex(/^imaps?:\/\/[^@/]+@[^/]+/, 'must be imap://user:password@host[:port][/mailbox] or imaps://…').optional(),
  JINQIAO_REPLY_SMTP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  JINQIAO_REPLY_SMTP_HOST: z.string().min(1).default('0.0.0.0'),
  JINQIAO_INSTANCE_ID: z.string().regex(/^[\w.:-]{1,100}$/, 'letters, digits and . : - _ only').optional(),
  JINQIAO_MAIL_FROM_NAME: z.string().min(1).max(100).default('金桥对接平台'),
  JINQIAO_ASSOCIATION_NAME: z.string().min(1).max(100).default('科学技术协会'),
  JINQIAO_ASSOCIATION_CONTACT: z.string().min(1).max(200).optional(),
  JINQIAO_AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  JINQIAO_FOLLOW_UP_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  JINQIAO_MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(64 * 1024 * 1024).default(1024 * 1024),
})
export type Config = z.infer<typeof Config> & { JINQIAO_PUBLIC_URL: string }

export class ConfigError extends Error {}

/** Parses the environment, or throws one message naming every bad setting. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''))
  const result = Config.safeParse(present)
  if (result.success) return { ...result.data, JINQIAO_PUBLIC_URL: result.data.JINQIAO_PUBLIC_URL ?? `http://localhost:${result.data.PORT}` }
  const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
  throw new ConfigError(`Invalid configuration (配置有误):\n${lines.join('\n')}`)
}
