import { EditOutlined, InboxOutlined, SendOutlined } from '@ant-design/icons'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Link, useParams } from '@tanstack/react-router'
import { App, Button, Card, Col, Descriptions, Popconfirm, Row, Tag, Typography } from 'antd'
import { api, data } from '../../api/client'
import { labelOf, useMe, useVocabularies } from '../../api/queries'
import { useQuery } from '@tanstack/react-query'
import { useCapability, type CapabilityView } from '../../features/capabilities/capabilities.queries'
import { HistoryCard } from '../../features/common/HistoryCard'
import { NeedCandidates } from '../../features/capabilities/NeedCandidates'
import { PageTitle, QueryState } from '../../features/common/states'
import { StatusTag } from '../../features/common/StatusTag'
import { useLanguage } from '../../i18n/language'

/** A capability's page: what it offers, who is behind it, and the needs it could serve. */
export function CapabilityPage() {
  const { capabilityId } = useParams({ from: '/signed-in/capabilities/$capabilityId' })
  const capability = useCapability(capabilityId)
  return <QueryState query={capability} rows={6}>{(c) => <CapabilityDetail capability={c} />}</QueryState>
}

function CapabilityDetail({ capability: c }: { capability: CapabilityView }) {
  const me = useMe().data!
  const { language, t } = useLanguage()
  const v = useVocabularies().data
  const queryClient = useQueryClient()
  const { message } = App.useApp()
  const owner = c.view === 'full' && (me.role === 'coordinator' || me.organizationId === c.organizationId)
  const history = useQuery({ queryKey: ['capability', c.id, 'history'], enabled: owner, queryFn: () => data(api.GET('/api/v1/capabilities/{id}/history', { params: { path: { id: c.id } } })) })
  const move = useMutation({
    mutationFn: (status: 'published' | 'archived') => data(api.PATCH('/api/v1/capabilities/{id}', { params: { path: { id: c.id } }, body: { status } })),
    onSuccess: async (_, status) => {
      await queryClient.invalidateQueries({ queryKey: ['capability', c.id] })
      await queryClient.invalidateQueries({ queryKey: ['capabilities'] })
      message.success(status === 'published' ? t('已发布', 'Published') : t('已归档', 'Archived'))
    },
    onError: (e) => message.error(e.message),
  })
  return (
    <>
      <PageTitle title={c.title} sub={<StatusTag status={c.status} kind="capability" />}
        extra={owner && (
          <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
            {c.status !== 'published' && <Button type="primary" icon={<SendOutlined />} loading={move.isPending} onClick={() => move.mutate('published')}>{c.status === 'archived' ? t('重新发布', 'Publish again') : t('发布', 'Publish')}</Button>}
            <Link to="/capabilities/$capabilityId/edit" params={{ capabilityId: c.id }}><Button icon={<EditOutlined />}>{t('修改', 'Edit')}</Button></Link>
            {c.status === 'published' && (
              <Popconfirm title={t('归档这项服务能力？', 'Archive this capability?')} description={t('归档后不再推荐给企业，可随时重新发布。', 'It is no longer suggested; you can publish it again at any time.')}
                okText={t('归档', 'Archive')} cancelText={t('取消', 'Cancel')} onConfirm={() => move.mutate('archived')}>
                <Button icon={<InboxOutlined />}>{t('归档', 'Archive')}</Button>
              </Popconfirm>
            )}
          </div>
        )} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={owner ? 10 : 24}>
          <Card title={t('服务能力', 'The capability')}>
            {c.view === 'full' ? <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{c.description}</Typography.Paragraph>
              : <Typography.Paragraph type="secondary">{t('服务方仅公开摘要；如需详细信息，请联系科协工作人员。', 'The provider shows a summary only; ask the association for more.')}</Typography.Paragraph>}
            <Descriptions column={1} size="small" items={[
              { key: 'types', label: t('需求类型', 'Need types'), children: c.serviceTypes.map((s) => labelOf(v?.needTypes, s, language)).join('、') || '—' },
              { key: 'modes', label: t('合作方式', 'Cooperation'), children: c.cooperationModes.map((m) => labelOf(v?.cooperationModes, m, language)).join('、') || '—' },
              { key: 'chains', label: t('产业链', 'Chains'), children: c.industryChains.join('、') || t('不限', 'Any') },
              { key: 'regions', label: t('服务地区', 'Counties'), children: c.regionsServed.join('、') || t('不限', 'Anywhere') },
              { key: 'trl', label: t('技术成熟度', 'Readiness'), children: c.readinessLevel ? `TRL ${c.readinessLevel}` : '—' },
              ...(c.view === 'full' ? [
                { key: 'experts', label: t('专家', 'Experts'), children: c.experts.map((e) => `${e.name}${e.position ? `（${e.position}）` : ''}`).join('、') || '—' },
                { key: 'capacity', label: t('每月可对接', 'Sessions a month'), children: c.capacityPerMonth },
              ] : []),
              { key: 'visibility', label: t('公开范围', 'Visibility'), children: labelOf(v?.visibilities, c.visibility, language) },
              { key: 'words', label: t('关键词', 'Keywords'), children: [...c.keywords, ...c.fields].map((k) => <Tag key={k}>{k}</Tag>) },
            ]} />
          </Card>
        </Col>
        {owner && (
          <Col xs={24} lg={14}>
            <Card title={t('它能解决的企业需求', 'Needs it could serve')} extra={<Link to="/hall" search={{ view: 'ranked', capabilityId: c.id }}>{t('在需求大厅查看更多', 'More in the hall')}</Link>}>
              {c.status === 'published' ? <NeedCandidates capabilityId={c.id} limit={6} />
                : <Typography.Text type="secondary">{t('发布后即可看到推荐的企业需求。', 'Publish it to see the needs it could serve.')}</Typography.Text>}
            </Card>
          </Col>
        )}
        {owner && <Col xs={24} lg={10}><HistoryCard query={history} statusLabel={(code) => labelOf(v?.capabilityStatuses, code, language)} /></Col>}
      </Row>
    </>
  )
}
