import { COOPERATION_MODES, NEED_TYPES, label } from '../catalogue/vocabulary.ts'
import type { CompendiumNeed } from './spreadsheets.repository.ts'

// The needs compendium (技术需求汇编), pure: grouped by industry chain, numbered, and each need shown
// as its owner chose. A summary-only need appears without its enterprise, budget, contact or text.

export interface CompendiumEntry {
  no: number
  title: string
  enterprise: string
  county: string
  needType: string
  cooperationModes: string
  budget: string
  deadline: string
  contact: string
  description: string
}

export const COMPENDIUM_COLUMNS: [keyof CompendiumEntry, string, number][] = [
  ['no', '序号', 6], ['title', '需求名称', 28], ['enterprise', '需求单位', 24], ['county', '县市区', 10], ['needType', '需求类型', 10],
  ['cooperationModes', '合作方式', 16], ['budget', '预算', 16], ['deadline', '截止日期', 12], ['contact', '联系人', 22], ['description', '需求描述', 50],
]

const HIDDEN = '（仅公开摘要）'
const yuan = (n: number) => (n >= 10000 ? `${(n / 10000).toLocaleString('zh-CN')}万元` : `${n.toLocaleString('zh-CN')}元`)

function budget(min: number | null, max: number | null): string {
  if (min == null && max == null) return '面议'
  if (min != null && max != null) return min === max ? yuan(min) : `${yuan(min)}–${yuan(max)}`
  return min != null ? `${yuan(min)}以上` : `${yuan(max!)}以内`
}

export function compendiumSections(needs: CompendiumNeed[]): { chain: string; entries: CompendiumEntry[] }[] {
  const chains = [...new Set(needs.map((n) => n.industryChain))].sort((a, b) => a.localeCompare(b, 'zh-CN'))
  return chains.map((chain) => ({
    chain,
    entries: needs
      .filter((n) => n.industryChain === chain)
      .map((n, i) => {
        const full = n.visibility === 'public'
        return {
          no: i + 1,
          title: n.title,
          enterprise: full ? n.enterprise : HIDDEN,
          county: n.county,
          needType: label(NEED_TYPES.list, n.needType),
          cooperationModes: n.cooperationModes.map((m) => label(COOPERATION_MODES.list, m)).join('、'),
          budget: full ? budget(n.budgetMinYuan, n.budgetMaxYuan) : HIDDEN,
          deadline: n.deadline ?? '',
          contact: full ? [n.contactName, n.contactPhone, n.contactEmail].filter(Boolean).join(' ') : HIDDEN,
          description: full ? n.description : HIDDEN,
        }
      }),
  }))
}
