import { PlusOutlined } from '@ant-design/icons'
import { Link } from '@tanstack/react-router'
import { Button, Col, Row } from 'antd'
import { useMe } from '../../api/queries'
import { CapabilityCard } from '../../features/capabilities/CapabilityCard'
import { useCapabilities } from '../../features/capabilities/capabilities.queries'
import { EmptyState, PageTitle, QueryState } from '../../features/common/states'
import { useT } from '../../i18n/language'

/** 我的服务能力: what the provider's organisation offers, drafts and archived ones included. */
export function CapabilitiesPage() {
  const me = useMe().data!
  const t = useT()
  const capabilities = useCapabilities({ organizationId: me.organizationId ?? undefined } as never)
  const add = <Link to="/capabilities/new"><Button type="primary" icon={<PlusOutlined />}>{t('发布服务能力', 'Offer a capability')}</Button></Link>
  return (
    <>
      <PageTitle title={t('我的服务能力', 'My capabilities')} sub={t('企业和科协据此为您推荐需求', 'What the matching offers to the enterprises')} extra={add} />
      <QueryState query={capabilities}>
        {(d) => d.items.length === 0
          ? <EmptyState text={t('还没有服务能力。写下本机构能解决的技术问题和背后的专家，系统会推荐合适的企业需求。', 'Nothing offered yet. Write what your organisation can solve and who, and the needs it could serve will be suggested.')} action={add} />
          : <Row gutter={[12, 12]}>{d.items.map((c) => <Col key={c.id} xs={24} md={12} xl={8}><CapabilityCard capability={c} /></Col>)}</Row>}
      </QueryState>
    </>
  )
}
