import { Link } from '@tanstack/react-router'
import { labelOf, useVocabularies } from '../../api/queries'
import { useLanguage } from '../../i18n/language'
import { EmptyState, QueryState } from '../common/states'
import { CandidateCards } from '../needs/Suggestions'
import { useCapabilityMatches } from './capabilities.queries'

/** The published needs a capability could serve, best first, each with its score and reasons in words. */
export function NeedCandidates({ capabilityId, limit = 10 }: { capabilityId: string; limit?: number }) {
  const { language, t } = useLanguage()
  const v = useVocabularies().data
  const matches = useCapabilityMatches(capabilityId, limit)
  return (
    <QueryState query={matches}>
      {(d) => {
        if (d.items.length === 0) return <EmptyState text={t('暂未找到它能解决的已发布需求。可补充关键词、技术领域和服务的产业链。', 'No published need it could serve yet. Add keywords, fields and the chains it serves.')} />
        return <CandidateCards items={d.items} advice={d.advice}
          card={(c) => ({
            key: c.needId, title: <Link to="/needs/$needId" params={{ needId: c.needId }}>{c.need.title}</Link>,
            subtitle: `${c.enterpriseName ?? t('需求方仅公开摘要', 'The enterprise shows a summary only')} · ${c.need.county} · ${c.need.industryChain} · ${labelOf(v?.needTypes, c.need.needType, language)}`,
          })} />
      }}
    </QueryState>
  )
}
