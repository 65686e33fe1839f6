import { Tag } from 'antd'
import { labelOf, useVocabularies } from '../../api/queries'
import { useLanguage } from '../../i18n/language'

// Status is always written out: the colour only helps, it never carries the meaning alone.
const COLOURS: Record<string, string> = {
  draft: 'default', published: 'blue', matched: 'cyan', shortlisted: 'geekblue', scheduled: 'purple', held: 'purple',
  intention: 'gold', agreement: 'orange', resolved: 'green', closed: 'default', withdrawn: 'default', archived: 'default',
}

export function StatusTag({ status, kind = 'need' }: { status: string; kind?: 'need' | 'capability' }) {
  const { language } = useLanguage()
  const vocabularies = useVocabularies()
  const list = kind === 'need' ? vocabularies.data?.needStatuses : vocabularies.data?.capabilityStatuses
  return <Tag color={COLOURS[status] ?? 'default'}>{labelOf(list, status, language)}</Tag>
}
