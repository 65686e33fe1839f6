import type { Language } from '../i18n/language'

// Times are shown in the event's zone (北京时间 for every event of a Chinese association), never
// the browser's: a phone set to another zone must still read the time printed on the invite.

const ZONE_NAMES: Record<string, { zh: string; en: string }> = { 'Asia/Shanghai': { zh: '北京时间', en: 'Beijing time' } }

export function zoneName(timeZone: string, language: Language) {
  return ZONE_NAMES[timeZone]?.[language] ?? timeZone
}

// Making a formatter costs far more than using one: each kind is made once per language and zone.
const formatters = new Map<string, Intl.DateTimeFormat>()
function formatter(locale: string, options: Intl.DateTimeFormatOptions) {
  const key = `${locale}|${JSON.stringify(options)}`
  let made = formatters.get(key)
  if (!made) formatters.set(key, (made = new Intl.DateTimeFormat(locale, options)))
  return made
}
const localeOf = (language: Language) => (language === 'zh' ? 'zh-CN' : 'en-GB')

export function formatDay(iso: string, timeZone: string, language: Language) {
  return formatter(localeOf(language), { timeZone, month: 'long', day: 'numeric', weekday: 'short' }).format(new Date(iso))
}

export function formatTime(iso: string, timeZone: string) {
  return formatter('zh-CN', { timeZone, hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(iso))
}

export function formatDateTime(iso: string, language: Language, timeZone = 'Asia/Shanghai') {
  return formatter(localeOf(language), { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(iso))
}

/** 5 万元, 1.2 万元 – 30 万元; yuan amounts the way a Chinese form states them. */
export function formatYuan(yuan: number, language: Language) {
  if (language === 'en') return `¥${yuan.toLocaleString('en')}`
  return yuan >= 10_000 ? `${+(yuan / 10_000).toFixed(2)} 万元` : `${yuan} 元`
}

export function formatBudget(min: number | null, max: number | null, language: Language, t: (zh: string, en: string) => string) {
  if (min == null && max == null) return t('面议', 'Negotiable')
  if (min != null && max != null) return min === max ? formatYuan(min, language) : `${formatYuan(min, language)} – ${formatYuan(max, language)}`
  return min != null ? `${t('不低于', 'from')} ${formatYuan(min, language)}` : `${t('不超过', 'up to')} ${formatYuan(max!, language)}`
}
