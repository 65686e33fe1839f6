// The closed vocabularies of the catalogue: codes in the API and database, labels for people.
// Adding a code means a migration too (the database checks these lists).

export interface Term {
  code: string
  zh: string
  en: string
}

function terms<const C extends string>(list: readonly { code: C; zh: string; en: string }[]) {
  return { list, codes: list.map((t) => t.code) as [C, ...C[]] }
}

export const NEED_TYPES = terms([
  { code: 'key_technology', zh: '技术攻关', en: 'Key technology R&D' },
  { code: 'process_improvement', zh: '工艺改进', en: 'Process improvement' },
  { code: 'achievement_transfer', zh: '成果转化', en: 'Transfer of research results' },
  { code: 'talent', zh: '人才引进', en: 'Talent recruitment' },
  { code: 'testing_certification', zh: '检测认证', en: 'Testing and certification' },
  { code: 'consulting', zh: '咨询诊断', en: 'Consulting and diagnosis' },
  { code: 'equipment_development', zh: '设备研制', en: 'Equipment development' },
  { code: 'other', zh: '其他', en: 'Other' },
])

export const COOPERATION_MODES = terms([
  { code: 'development', zh: '技术开发', en: 'Technology development' },
  { code: 'transfer', zh: '技术转让', en: 'Technology transfer' },
  { code: 'licensing', zh: '技术许可', en: 'Technology licensing' },
  { code: 'consulting', zh: '技术咨询', en: 'Technical consulting' },
  { code: 'service', zh: '技术服务', en: 'Technical service' },
  { code: 'joint_platform', zh: '共建平台', en: 'Joint platform' },
  { code: 'talent_training', zh: '人才培养', en: 'Talent training' },
])

export const AGREEMENT_KINDS = terms([
  ...COOPERATION_MODES.list,
  { code: 'service_station', zh: '专家服务站', en: 'Expert service station' },
])

export const PROVIDER_TYPES = terms([
  { code: 'national_society', zh: '全国学会', en: 'National society' },
  { code: 'provincial_society', zh: '省级学会', en: 'Provincial society' },
  { code: 'university', zh: '高校', en: 'University' },
  { code: 'institute', zh: '科研院所', en: 'Research institute' },
  { code: 'service_station', zh: '专家服务站', en: 'Expert service station' },
  { code: 'expert_group', zh: '专家团队', en: 'Expert group' },
])

export const VISIBILITIES = terms([
  { code: 'public', zh: '公开', en: 'Public' },
  { code: 'summary', zh: '仅公开摘要', en: 'Summary only' },
  { code: 'confidential', zh: '保密', en: 'Confidential' },
])

export const NEED_STATUSES = terms([
  { code: 'draft', zh: '草稿', en: 'Draft' },
  { code: 'published', zh: '已发布', en: 'Published' },
  { code: 'matched', zh: '已匹配', en: 'Matched' },
  { code: 'shortlisted', zh: '已入围', en: 'Shortlisted' },
  { code: 'scheduled', zh: '已安排对接', en: 'Session scheduled' },
  { code: 'held', zh: '已对接', en: 'Session held' },
  { code: 'intention', zh: '达成合作意向', en: 'Intention' },
  { code: 'agreement', zh: '签订合作协议', en: 'Agreement' },
  { code: 'resolved', zh: '已解决', en: 'Resolved' },
  { code: 'closed', zh: '已关闭', en: 'Closed' },
  { code: 'withdrawn', zh: '已撤回', en: 'Withdrawn' },
])

export const CAPABILITY_STATUSES = terms([
  { code: 'draft', zh: '草稿', en: 'Draft' },
  { code: 'published', zh: '已发布', en: 'Published' },
  { code: 'archived', zh: '已归档', en: 'Archived' },
])

export function label(list: readonly Term[], code: string): string {
  return list.find((t) => t.code === code)?.zh ?? code
}
