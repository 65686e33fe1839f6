import { Tabs } from 'antd'
import { PageTitle } from '../../../features/common/states'
import { useUrlFilters } from '../../../features/console/url-filters'
import { useLanguage } from '../../../i18n/language'
import { FollowUps } from './FollowUps'
import { OutcomeLists } from './OutcomeLists'
import { RecordOutcome } from './RecordOutcome'

/** 成果: follow-up answers to confirm, outcomes to record, and every intention and agreement with its versions. */
export function OutcomesPage() {
  const { t } = useLanguage()
  const [filters, set] = useUrlFilters<'tab' | 'needId' | 'providerId' | 'sessionId'>()
  return (
    <>
      <PageTitle title={t('成果', 'Outcomes')} sub={t('回访确认、合作意向、合作协议与需求解决', 'Follow-ups, intentions, agreements and resolved needs')} />
      <Tabs activeKey={filters.tab ?? 'follow-ups'} onChange={(tab) => set({ tab: tab === 'follow-ups' ? undefined : tab })} items={[
        { key: 'follow-ups', label: t('回访', 'Follow-ups'), children: <FollowUps /> },
        { key: 'record', label: t('登记成果', 'Record'), children: <RecordOutcome needId={filters.needId} providerId={filters.providerId} sessionId={filters.sessionId} /> },
        { key: 'list', label: t('意向与协议', 'Intentions and agreements'), children: <OutcomeLists /> },
      ]} />
    </>
  )
}
