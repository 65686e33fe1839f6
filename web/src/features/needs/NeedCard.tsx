import { Link } from '@tanstack/react-router'
import { Card, Space, Tag, Typography } from 'antd'
import { labelOf, useVocabularies } from '../../api/queries'
import { useLanguage } from '../../i18n/language'
import { StatusTag } from '../common/StatusTag'
import type { NeedView } from './needs.queries'

/** One need as a card: it reads the same on a phone and a desk. */
export function NeedCard({ need, extra }: { need: NeedView; extra?: React.ReactNode }) {
  const { language, t } = useLanguage()
  const vocabularies = useVocabularies()
  return (
    <Card size="small" style={{ height: '100%' }}>
      <Space orientation="vertical" size={6} style={{ width: '100%' }}>
        <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start', justifyContent: 'space-between' }}>
          <Link to="/needs/$needId" params={{ needId: need.id }} style={{ fontWeight: 600, fontSize: 16 }}>{need.title}</Link>
          <StatusTag status={need.status} />
        </div>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {need.county} · {need.industryChain} · {labelOf(vocabularies.data?.needTypes, need.needType, language)}
          {need.deadline ? ` · ${t('截止', 'due')} ${need.deadline}` : ''}
        </Typography.Text>
        {need.view === 'full' && <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>{need.description}</Typography.Paragraph>}
        {need.view === 'summary' && <Typography.Text type="secondary">{t('需求方仅公开摘要', 'The enterprise shows a summary only')}</Typography.Text>}
        {need.keywords.length > 0 && <div>{need.keywords.slice(0, 6).map((k) => <Tag key={k}>{k}</Tag>)}</div>}
        {extra}
      </Space>
    </Card>
  )
}
