import { Segmented } from 'antd'
import { PageTitle } from '../../../features/common/states'
import { useUrlFilters } from '../../../features/console/url-filters'
import { useLanguage } from '../../../i18n/language'
import type { MATCHING_FILTERS } from '../console-search'
import { BatchReview } from './BatchReview'
import { NeedRanking } from './NeedRanking'
import { TermEditor } from './TermEditor'

type Key = (typeof MATCHING_FILTERS)[number]

/** 匹配: one need's ranked capabilities, a batch reviewed as one table, and the term list. */
export function MatchingPage() {
  const { t } = useLanguage()
  const [filters, set] = useUrlFilters<Key>()
  const view = filters.view ?? 'need'
  return (
    <>
      <PageTitle title={t('匹配', 'Matching')} sub={t('审核系统推荐：入围、采纳或否决；入围的组合才会被排进对接活动', 'Review the suggestions: shortlist, accept or reject; shortlisted pairs are what events schedule')}
        extra={<Segmented value={view} onChange={(v) => set({ view: v === 'need' ? undefined : String(v) })} options={[
          { value: 'need', label: t('按需求', 'By need') }, { value: 'batch', label: t('批量匹配', 'In batch') }, { value: 'terms', label: t('术语表', 'Term list') },
        ]} />} />
      {view === 'batch' ? <BatchReview filters={filters} set={set} /> : view === 'terms' ? <TermEditor needId={filters.needId} setNeed={(needId) => set({ needId })} /> : <NeedRanking needId={filters.needId} setNeed={(needId) => set({ needId })} />}
    </>
  )
}
