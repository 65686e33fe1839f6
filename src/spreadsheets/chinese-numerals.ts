const DIGITS = '零一二三四五六七八九'

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五: how section numbers are written in a compendium. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) return String(n)
  const units = ['', '十', '百', '千']
  const digits = String(n).split('').map(Number)
  let out = ''
  let zero = false
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i]!
    if (d === 0) { zero = out !== ''; return }
    if (zero) { out += '零'; zero = false }
    out += DIGITS[d]! + unit
  })
  // 十一 rather than 一十一 when the number starts in the tens.
  return digits.length === 2 && digits[0] === 1 ? out.slice(1) : out
}
