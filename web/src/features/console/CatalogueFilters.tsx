import { Card, Col, Input, Row, Select } from 'antd'
import { choices, useVocabularies } from '../../api/queries'
import { useLanguage } from '../../i18n/language'
import { OrganizationPicker } from './OrganizationPicker'
import type { Filters } from './url-filters'

type Key = 'status' | 'county' | 'industryChain' | 'organizationId' | 'needType' | 'serviceType' | 'q'

/** The filters the needs and capabilities lists share, each one the API's own query parameter. */
export function CatalogueFilters({ kind, filters, set }: { kind: 'need' | 'capability'; filters: Filters<Key>; set: (patch: Partial<Record<Key, string | undefined>>) => void }) {
  const { language, t } = useLanguage()
  const v = useVocabularies().data
  const owner = kind === 'need' ? 'enterprise' : 'provider'
  const typeKey = kind === 'need' ? 'needType' : 'serviceType'
  return (
    <Card size="small" style={{ marginBottom: 12 }}>
      <Row gutter={[8, 8]}>
        <Col xs={24} md={6}><Input.Search allowClear defaultValue={filters.q} onSearch={(q) => set({ q: q.trim() || undefined })} placeholder={t('标题、描述、关键词', 'Title, text, keywords')} aria-label={t('全文搜索', 'Search')} /></Col>
        <Col xs={12} md={3}><Select allowClear style={{ width: '100%' }} placeholder={t('状态', 'Status')} aria-label={t('按状态筛选', 'Filter by status')} value={filters.status} onChange={(status?: string) => set({ status })}
          options={choices(kind === 'need' ? v?.needStatuses : v?.capabilityStatuses, language)} /></Col>
        <Col xs={12} md={3}><Select allowClear showSearch style={{ width: '100%' }} placeholder={t('县市区', 'County')} aria-label={t('按县市区筛选', 'Filter by county')} value={filters.county} onChange={(county?: string) => set({ county })} options={(v?.counties ?? []).map((c) => ({ value: c, label: c }))} /></Col>
        <Col xs={12} md={4}><Select allowClear showSearch style={{ width: '100%' }} placeholder={t('产业链', 'Chain')} aria-label={t('按产业链筛选', 'Filter by chain')} value={filters.industryChain} onChange={(industryChain?: string) => set({ industryChain })} options={(v?.industryChains ?? []).map((c) => ({ value: c, label: c }))} /></Col>
        <Col xs={12} md={3}><Select allowClear style={{ width: '100%' }} placeholder={kind === 'need' ? t('需求类型', 'Type') : t('服务类型', 'Service type')} aria-label={t('按类型筛选', 'Filter by type')} value={filters[typeKey]} onChange={(x?: string) => set({ [typeKey]: x })} options={choices(v?.needTypes, language)} /></Col>
        <Col xs={24} md={5}><OrganizationPicker kind={owner} value={filters.organizationId} onChange={(organizationId) => set({ organizationId })} label={t('按机构筛选', 'Filter by organisation')} placeholder={kind === 'need' ? t('企业', 'Enterprise') : t('服务方', 'Provider')} /></Col>
      </Row>
    </Card>
  )
}
