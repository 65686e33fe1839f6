// The figures an association reports, named and defined as in the README's "Outcomes and the
// figures", so a coordinator can check what each number counts before pasting it into a report.

export interface FigureDefinition { key: string; zh: string; en: string; unit?: { zh: string; en: string }; definition: { zh: string; en: string } }

const count = { zh: '个', en: '' }
export const FIGURES: FigureDefinition[] = [
  { key: 'eventsHeld', zh: '举办对接活动', en: 'Events held', unit: { zh: '场', en: '' }, definition: { zh: '至少有一场对接会已举行的活动', en: 'Events with at least one held session' } },
  { key: 'sessionsHeld', zh: '举行对接会', en: 'Sessions held', unit: { zh: '场', en: '' }, definition: { zh: '状态为“已举行”、开始时间在期间内的对接会', en: 'Sessions held whose start falls in the period' } },
  { key: 'nationalSocieties', zh: '全国学会', en: 'National societies', unit: count, definition: { zh: '有人参加了已举行对接会的全国学会', en: 'National societies with a person who attended a held session' } },
  { key: 'provincialSocieties', zh: '省级学会', en: 'Provincial societies', unit: count, definition: { zh: '有人参加了已举行对接会的省级学会', en: 'Provincial societies with a person who attended a held session' } },
  { key: 'universitiesAndInstitutes', zh: '高校院所', en: 'Universities & institutes', unit: count, definition: { zh: '有人参加了已举行对接会的高校与科研院所', en: 'Universities and institutes with a person who attended a held session' } },
  { key: 'experts', zh: '专家', en: 'Experts', unit: { zh: '人', en: '' }, definition: { zh: '参加了已举行对接会的服务方人员', en: 'Provider-side people who attended a held session' } },
  { key: 'enterprisesServed', zh: '服务企业', en: 'Enterprises served', unit: { zh: '家', en: '' }, definition: { zh: '有人参加了已举行对接会的企业', en: 'Enterprises with a person who attended a held session' } },
  { key: 'industryChainsServed', zh: '服务产业链', en: 'Chains served', unit: { zh: '条', en: '' }, definition: { zh: '已举行对接会所讨论需求的产业链', en: 'Industry chains of the needs discussed in held sessions' } },
  { key: 'needsCollected', zh: '征集技术需求', en: 'Needs collected', unit: { zh: '项', en: '' }, definition: { zh: '期间内首次发布的需求；从未发布即撤回的草稿不计', en: 'Needs first published in the period; a draft never published does not count' } },
  { key: 'needsResolved', zh: '解决技术需求', en: 'Needs resolved', unit: { zh: '项', en: '' }, definition: { zh: '期间内登记解决且仍为已解决的需求（重新打开的不计）', en: 'Needs resolved in the period and still resolved' } },
  { key: 'intentions', zh: '达成合作意向', en: 'Intentions', unit: { zh: '项', en: '' }, definition: { zh: '期间内表达的合作意向', en: 'Intentions stated in the period' } },
  { key: 'agreements', zh: '签订合作协议', en: 'Agreements', unit: { zh: '项', en: '' }, definition: { zh: '期间内签订的合作协议', en: 'Agreements signed in the period' } },
  { key: 'agreementAmountYuan', zh: '协议金额', en: 'Agreement amount', unit: { zh: '元', en: 'yuan' }, definition: { zh: '期间内签订协议的金额合计', en: 'The sum of the amounts of agreements signed in the period' } },
  { key: 'serviceStations', zh: '建立专家服务站', en: 'Service stations', unit: { zh: '个', en: '' }, definition: { zh: '期间内签订的“专家服务站”类协议', en: 'Agreements of kind service station signed in the period' } },
]

export const STAGE_EN: Record<string, string> = { filed: 'Filed', matched: 'Matched', inSession: 'In session', held: 'Held', intention: 'Intention', agreement: 'Agreement', resolved: 'Resolved' }

/** The needs list a funnel step links to: the statuses a need has when that is the furthest it got. */
export const STAGE_STATUS: Record<string, string | undefined> = { filed: undefined, matched: 'shortlisted', inSession: 'scheduled', held: 'held', intention: 'intention', agreement: 'agreement', resolved: 'resolved' }

/** This calendar year, as the reports' period. */
export function thisYear(now = new Date()) {
  const y = now.getFullYear()
  return { from: `${y}-01-01`, to: `${y}-12-31` }
}
