import { Link } from '@tanstack/react-router'
import { Card, Space, Tag, Typography } from 'antd'
import { labelOf, useVocabularies } from '../../api/queries'
import { useLanguage } from '../../i18n/language'
import { StatusTag } from '../common/StatusTag'
import type { CapabilityView } from './capabilities.queries'

/** One capability as a card, with the experts behind it. */
export function CapabilityCard({ capability }: { capability: CapabilityView }) {
  const { language, t } = useLanguage()
  const v = useVocabularies().data
  const c = capability
  return (
    <Card size="small" style={{ height: '100%' }}>
      <Space orientation="vertical" size={6} style={{ width: '100%' }}>
        <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start', justifyContent: 'space-between' }}>
          <Link to="/capabilities/$capabilityId" params={{ capabilityId: c.id }} style={{ fontWeight: 600, fontSize: 16 }}>{c.title}</Link>
          <StatusTag status={c.status} kind="capability" />
        </div>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {c.industryChains.join('、') || t('不限产业链', 'Any chain')} · {c.serviceTypes.map((s) => labelOf(v?.needTypes, s, language)).join('、') || '—'}
        </Typography.Text>
        {c.view === 'full' && <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>{c.description}</Typography.Paragraph>}
        {c.view === 'full' && c.experts.length > 0 && <Typography.Text style={{ fontSize: 13 }}>{t('专家', 'Experts')}：{c.experts.map((e) => e.name).join('、')}</Typography.Text>}
        {c.keywords.length > 0 && <div>{c.keywords.slice(0, 6).map((k) => <Tag key={k}>{k}</Tag>)}</div>}
      </Space>
    </Card>
  )
}
