// A generated programme ten times the demo's size, loaded into a running Jinqiao through its own
// API as a coordinator would (spreadsheet imports, batch matching, events, the scheduler): 500
// enterprises, 100 providers, 1,000 needs with their contacts, 1,000 capabilities, 20 events, the
// first of them timetabled from 200 shortlisted pairs. Deterministic: the same data every run.

const WORDS = ['疵点', '机器视觉', '验布', '染色', '废水', '高盐', '膜分离', '节能', '余热', '数控', '焊接', '铸造', '热处理', '涂层', '传感器', '物联网', '锂电', '储能', '光伏', '发酵', '保鲜', '冷链', '农机', '导航', '检测', '标准', '认证', '工艺', '降本', '减排', '自动化', '机器人', '轴承', '齿轮', '液压', '模具', '注塑', '复合材料', '纳米', '催化']

function* random(seed: number) {
  let x = seed
  for (;;) { x = (x * 1103515245 + 12345) % 2 ** 31; yield x / 2 ** 31 }
}

export async function loadProgramme(base: string, token: string, log: (s: string) => void = () => undefined) {
  const rnd = random(20261203)
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd.next().value! * xs.length)]!
  const some = (n: number) => [...new Set(Array.from({ length: n }, () => pick(WORDS)))]
  const headers = { authorization: `Bearer ${token}` }
  const api = async (method: string, path: string, body?: unknown) => {
    const r = await fetch(base + path, { method, headers: { ...headers, 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) })
    if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`)
    return r.json() as Promise<any>
  }
  const upload = async (kind: string, rows: string[][]) => {
    const csv = rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n')
    const r = await fetch(`${base}/api/v1/imports/${kind}?dryRun=false`, { method: 'POST', headers: { ...headers, 'content-type': 'text/csv' }, body: csv })
    const out = await r.json() as any
    if (!r.ok || out.rejected) throw new Error(`import ${kind}: ${r.status} ${JSON.stringify(out).slice(0, 500)}`)
    return out
  }
  const v = await api('GET', '/api/v1/vocabularies')
  const counties: string[] = v.counties.slice(0, 10)
  const chains: string[] = v.industryChains
  const providerTypes: { zh: string }[] = v.providerTypes

  const t0 = Date.now()
  const enterprises = Array.from({ length: 500 }, (_, i) => ({ name: `规模测试企业${String(i + 1).padStart(3, '0')}有限公司`, county: counties[i % counties.length]!, chain: pick(chains) }))
  const providers = Array.from({ length: 100 }, (_, i) => ({ name: `规模测试服务方${String(i + 1).padStart(3, '0')}`, type: providerTypes[i % providerTypes.length]!.zh, chain: pick(chains) }))
  await upload('organizations', [['机构名称', '机构类型', '统一社会信用代码', '县市区', '产业链', '简介', '网址'],
    ...enterprises.map((e) => [e.name, '企业', '', e.county, e.chain, `${e.county}${e.chain}企业`, '']),
    ...providers.map((p) => [p.name, p.type, '', '济南市', p.chain, `服务${p.chain}产业链`, ''])])
  log(`organisations: ${Date.now() - t0} ms`)

  await upload('needs', [['企业名称', '需求名称', '需求描述', '县市区', '产业链', '关键词', '需求类型', '合作方式', '预算下限（元）', '预算上限（元）', '截止日期', '公开方式', '联系人', '联系电话', '联系邮箱'],
    ...Array.from({ length: 1000 }, (_, i) => {
      const e = enterprises[i % enterprises.length]!
      const words = some(3)
      return [e.name, `${words.join('')}需求${i + 1}`, `企业在${words.join('、')}方面遇到难题，希望找到能解决的团队，提升质量、降低成本。`, e.county, e.chain, words.join('、'), '技术攻关', '技术开发', '', '', '', '公开', `联系人${i % 500}`, `1380000${String(i % 500).padStart(4, '0')}`, `contact${i % 500}@example.com`]
    })])
  log(`needs: ${Date.now() - t0} ms`)

  await upload('capabilities', [['服务方名称', '能力名称', '能力描述', '关键词', '技术领域', '产业链', '服务类型', '合作方式', '技术成熟度', '服务地区', '每月可承接场次', '公开方式'],
    ...Array.from({ length: 1000 }, (_, i) => {
      const p = providers[i % providers.length]!
      const words = some(3)
      return [p.name, `${words.join('')}服务${i + 1}`, `团队长期从事${words.join('、')}研究，已为多家企业解决相关问题。`, words.join('、'), '', p.chain, '技术攻关', '技术开发', '6', '', '4', '公开']
    })])
  log(`capabilities: ${Date.now() - t0} ms`)

  // Every organisation id, page by page.
  const all: { id: string; kind: string; county: string; name: string }[] = []
  for (let cursor: string | undefined; ;) {
    const page = await api('GET', `/api/v1/organizations?limit=100${cursor ? `&cursor=${cursor}` : ''}`)
    all.push(...page.items)
    if (!page.nextCursor) break
    cursor = page.nextCursor
  }
  const providerIds = all.filter((o) => o.kind === 'provider').map((o) => o.id)
  // Each generated provider sends someone: its expert.
  for (const o of all.filter((x) => x.kind === 'provider' && x.name.startsWith('规模测试'))) {
    await api('POST', '/api/v1/people', { organizationId: o.id, name: `${o.name.slice(-3)}号专家`, email: `expert-${o.id.slice(-8)}@example.com`, position: '教授' })
  }

  // The first event's county: its needs matched in batch, the best pair of each shortlisted (200 in all).
  const county = counties[0]!
  const batch = await api('POST', '/api/v1/matching/batch', { county, limit: 1 })
  const decisions = batch.items.filter((n: any) => n.candidates.length).slice(0, 200).map((n: any) => ({ needId: n.needId, capabilityId: n.candidates[0].capabilityId, status: 'shortlisted' }))
  await api('POST', '/api/v1/matches/bulk', { decisions })
  log(`shortlisted ${decisions.length}: ${Date.now() - t0} ms`)

  const events: string[] = []
  for (let i = 0; i < 20; i++) {
    const c = counties[i % counties.length]!
    const date = `2027-0${1 + Math.floor(i / 7)}-${String(10 + (i % 7) * 2).padStart(2, '0')}`
    const invited = [...all.filter((o) => o.kind === 'enterprise' && o.county === c).map((o) => o.id), ...providerIds]
    const big = i === 0
    const e = await api('POST', '/api/v1/events', {
      title: `规模测试对接会${i + 1}（${c}）`, kind: 'on_site', venue: `${c}会展中心`, county: c, slotMinutes: 20,
      days: big ? [{ date, opens: '08:30', closes: '12:00' }, { date: date.replace(/\d\d$/, (d) => String(Number(d) + 1).padStart(2, '0')), opens: '08:30', closes: '12:00' }] : [{ date, opens: '08:30', closes: '11:30' }],
      tables: Array.from({ length: big ? 15 : 8 }, (_, k) => ({ name: `A${k + 1}`, capacity: 4 })), invitedOrganizationIds: invited,
    })
    events.push(e.id)
  }
  const proposal = await api('POST', `/api/v1/events/${events[0]}/schedule`, { apply: true })
  log(`20 events, the first timetabled (${proposal.sessions.length} sessions): ${Date.now() - t0} ms`)
  return { bigEventId: events[0]!, needId: decisions[0]?.needId as string }
}
