import { CopyOutlined, FileExcelOutlined, InfoCircleOutlined } from '@ant-design/icons'
import { useQuery } from '@tanstack/react-query'
import { App, Button, Card, Col, Input, Row, Segmented, Select, Space, Statistic, Table, Tooltip } from 'antd'
import { lazy, Suspense, useEffect, useMemo, useState, type ComponentProps } from 'react'
import { api, data, type Schemas } from '../../../api/client'
import { useVocabularies } from '../../../api/queries'
import { formatYuan } from '../../../app/format'
// The charting library is the heaviest part of this page: the figures show first, the charts as it arrives.
const LazyChart = lazy(() => import('../../../features/charts/Chart').then((m) => ({ default: m.Chart })))
function Chart(props: ComponentProps<typeof LazyChart>) {
  // Asked for once the browser is idle, so the figures and tables are drawn before the library is read.
  const [idle, setIdle] = useState(false)
  useEffect(() => {
    const go = () => setIdle(true)
    if ('requestIdleCallback' in window) { const id = requestIdleCallback(go, { timeout: 500 }); return () => cancelIdleCallback(id) }
    const id = setTimeout(go, 50)
    return () => clearTimeout(id)
  }, [])
  const box = <div style={{ height: props.height ?? 320 }} aria-hidden />
  return idle ? <Suspense fallback={box}><LazyChart {...props} /></Suspense> : box
}
import { PageTitle, QueryState } from '../../../features/common/states'
import { FIGURES, STAGE_EN } from '../../../features/console/figures'
import { figuresQuery, funnelQuery, summaryQuery } from '../console.data'
import { useUrlFilters } from '../../../features/console/url-filters'
import { useLanguage } from '../../../i18n/language'
import type { FIGURE_FILTERS } from '../console-search'

type Key = (typeof FIGURE_FILTERS)[number]
type Summary = Schemas['Summary']

/** 统计: every figure of the year's report with its definition, the funnel, the breakdowns, and the workbook. */
export function FiguresPage() {
  const { language, t } = useLanguage()
  const { message } = App.useApp()
  const v = useVocabularies().data
  const [filters, set] = useUrlFilters<Key>()
  const query = figuresQuery(filters)
  const summary = useQuery(summaryQuery(query))
  const funnel = useQuery(funnelQuery(query))
  const value = (s: Summary, key: string) => (s as unknown as Record<string, number>)[key] ?? 0
  const shown = (s: Summary, key: string) => (key === 'agreementAmountYuan' ? formatYuan(value(s, key), language) : `${value(s, key)}`)
  const copy = async (s: Summary) => {
    // The sentence a coordinator pastes into the year's report, in the report's own order.
    const text = language === 'zh'
      ? `${query.from} 至 ${query.to}${filters.county ? `，${filters.county}` : ''}${filters.industryChain ? `，${filters.industryChain}产业链` : ''}：` + FIGURES.map((f) => `${f.zh}${shown(s, f.key)}${f.key === 'agreementAmountYuan' ? '' : f.unit?.zh ?? ''}`).join('，') + '。'
      : `${query.from} to ${query.to}: ` + FIGURES.map((f) => `${f.en} ${shown(s, f.key)}`).join('; ') + '.'
    await navigator.clipboard.writeText(text).then(() => message.success(t('已复制，可直接粘贴到年度报告', 'Copied, ready to paste')), () => message.error(t('无法访问剪贴板', 'No clipboard access')))
  }
  const xlsx = `/api/v1/exports/figures.xlsx?${new URLSearchParams(query as Record<string, string>)}`
  return (
    <>
      <PageTitle title={t('统计', 'Figures')} sub={t('每项数字都由记录计算，悬停查看定义', 'Every figure is counted from the records; hover for its definition')}
        extra={<Space>
          {summary.data && <Button icon={<CopyOutlined aria-hidden />} onClick={() => void copy(summary.data)}>{t('复制全部数字', 'Copy all figures')}</Button>}
          <a href={xlsx} download><Button type="primary" icon={<FileExcelOutlined aria-hidden />}>{t('导出 figures.xlsx', 'Export figures.xlsx')}</Button></a>
        </Space>} />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap>
          <label>{t('自', 'From')} <Input type="date" style={{ width: 160 }} value={query.from} onChange={(e) => set({ from: e.target.value || undefined })} aria-label={t('开始日期', 'From')} /></label>
          <label>{t('至', 'to')} <Input type="date" style={{ width: 160 }} value={query.to} onChange={(e) => set({ to: e.target.value || undefined })} aria-label={t('结束日期', 'To')} /></label>
          <Select allowClear showSearch style={{ width: 160 }} placeholder={t('全部县市区', 'All counties')} aria-label={t('县市区', 'County')} value={filters.county} onChange={(county?: string) => set({ county })} options={(v?.counties ?? []).map((c) => ({ value: c, label: c }))} />
          <Select allowClear showSearch style={{ width: 180 }} placeholder={t('全部产业链', 'All chains')} aria-label={t('产业链', 'Chain')} value={filters.industryChain} onChange={(industryChain?: string) => set({ industryChain })} options={(v?.industryChains ?? []).map((c) => ({ value: c, label: c }))} />
        </Space>
      </Card>
      <QueryState query={summary}>
        {(s) => (
          <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
            {FIGURES.map((f) => (
              <Col key={f.key} xs={12} md={8} xl={6} xxl={4}>
                <Card size="small">
                  <Statistic value={shown(s, f.key)} suffix={f.key === 'agreementAmountYuan' ? undefined : t(f.unit?.zh ?? '', f.unit?.en ?? '')}
                    title={<Tooltip title={t(f.definition.zh, f.definition.en)}><span tabIndex={0} aria-label={`${t(f.zh, f.en)}：${t(f.definition.zh, f.definition.en)}`}>{t(f.zh, f.en)} <InfoCircleOutlined aria-hidden /></span></Tooltip>} />
                </Card>
              </Col>
            ))}
          </Row>
        )}
      </QueryState>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Card size="small" title={t('对接漏斗', 'The funnel')}>
            <QueryState query={funnel}>{(f) => <Funnel items={f.items} />}</QueryState>
          </Card>
        </Col>
        <Col xs={24} xl={14}><Breakdown query={query} /></Col>
      </Row>
    </>
  )
}

function Funnel({ items }: { items: { stage: string; label: string; count: number; conversion: number | null }[] }) {
  const { t } = useLanguage()
  const name = (i: (typeof items)[number]) => t(i.label, STAGE_EN[i.stage] ?? i.stage)
  const option = useMemo(() => ({
    tooltip: { trigger: 'item', formatter: '{b}: {c}' },
    series: [{ type: 'funnel', sort: 'none', left: '5%', width: '90%', minSize: '8%', label: { show: true, position: 'inside', formatter: '{b} {c}' }, data: items.map((i) => ({ name: name(i), value: i.count })) }],
  }), [items]) // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <>
      <Chart option={option} label={items.map((i) => `${name(i)} ${i.count}`).join('，')} />
      <Table size="small" rowKey="stage" pagination={false} dataSource={items} aria-label={t('漏斗各环节', 'Funnel steps')} columns={[
        { title: t('环节', 'Step'), key: 'stage', render: (_, i) => name(i) },
        { title: t('需求数', 'Needs'), dataIndex: 'count' },
        { title: t('转化率', 'Conversion'), dataIndex: 'conversion', render: (c: number | null) => (c === null ? '—' : `${Math.round(c * 100)}%`) },
      ]} />
    </>
  )
}

function Breakdown({ query }: { query: { from: string; to: string; county?: string; industryChain?: string } }) {
  const { t } = useLanguage()
  const [by, setBy] = useState<'county' | 'industryChain' | 'month'>('county')
  const [figure, setFigure] = useState('sessionsHeld')
  const breakdown = useQuery({ queryKey: ['reports', 'breakdown', query, by], queryFn: () => data(api.GET('/api/v1/reports/breakdown', { params: { query: { ...query, by } } })) })
  const def = FIGURES.find((f) => f.key === figure)!
  return (
    <Card size="small" title={t('分解', 'Breakdown')} extra={<Space wrap>
      <Segmented value={by} onChange={(b) => setBy(b as typeof by)} options={[{ value: 'county', label: t('按县市区', 'By county') }, { value: 'industryChain', label: t('按产业链', 'By chain') }, { value: 'month', label: t('按月份', 'By month') }]} />
      <Select style={{ width: 160 }} value={figure} onChange={setFigure} aria-label={t('图中的数字', 'Figure charted')} options={FIGURES.map((f) => ({ value: f.key, label: t(f.zh, f.en) }))} />
    </Space>}>
      <QueryState query={breakdown}>
        {(b) => {
          const rows = b.items as unknown as (Record<string, number> & { key: string })[]
          const option = { tooltip: { trigger: 'axis' }, grid: { left: 48, right: 16, top: 16, bottom: 48 }, xAxis: { type: 'category', data: rows.map((r) => r.key), axisLabel: { interval: 0, rotate: rows.length > 8 ? 30 : 0 } }, yAxis: { type: 'value', minInterval: 1 },
            series: [{ type: by === 'month' ? 'line' : 'bar', barMaxWidth: 48, name: t(def.zh, def.en), data: rows.map((r) => r[figure] ?? 0), itemStyle: { color: '#1f4fa3' } }] }
          return (
            <>
              <Chart option={option} height={280} label={`${t(def.zh, def.en)}：${rows.map((r) => `${r.key} ${r[figure] ?? 0}`).join('，')}`} />
              <Table size="small" rowKey="key" pagination={false} dataSource={rows} scroll={{ x: 'max-content' }} aria-label={t('分解表', 'Breakdown table')}
                columns={[{ title: by === 'month' ? t('月份', 'Month') : by === 'county' ? t('县市区', 'County') : t('产业链', 'Chain'), dataIndex: 'key', fixed: 'left' },
                  ...FIGURES.map((f) => ({ title: t(f.zh, f.en), dataIndex: f.key }))]} />
            </>
          )
        }}
      </QueryState>
    </Card>
  )
}
