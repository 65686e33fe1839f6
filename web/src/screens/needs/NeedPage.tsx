import { EditOutlined, RollbackOutlined, SendOutlined } from '@ant-design/icons'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Link, useParams } from '@tanstack/react-router'
import { App, Button, Card, Col, Descriptions, Popconfirm, Row, Tag, Typography } from 'antd'
import { api, data } from '../../api/client'
import { labelOf, useMe, useVocabularies } from '../../api/queries'
import { formatBudget } from '../../app/format'
import { PageTitle, QueryState } from '../../features/common/states'
import { StatusTag } from '../../features/common/StatusTag'
import { Funnel } from '../../features/needs/Funnel'
import { useNeed, useNeedHistory, type NeedView } from '../../features/needs/needs.queries'
import { Suggestions } from '../../features/needs/Suggestions'
import { OfferButton, OffersCard } from '../../features/interests/Interests'
import { useLanguage } from '../../i18n/language'

const OPEN = ['published', 'matched', 'shortlisted']

/** A need's page: where it stands, what it says, what can be done, and who could solve it. */
export function NeedPage() {
  const { needId } = useParams({ from: '/signed-in/needs/$needId' })
  const need = useNeed(needId)
  return <QueryState query={need} rows={6}>{(n) => <NeedDetail need={n} />}</QueryState>
}

function NeedDetail({ need }: { need: NeedView }) {
  const me = useMe().data!
  const { language, t } = useLanguage()
  const vocabularies = useVocabularies()
  const queryClient = useQueryClient()
  const { message } = App.useApp()
  const owner = need.view === 'full' && (me.role === 'coordinator' || me.organizationId === need.organizationId)
  const history = useNeedHistory(need.id)
  const move = useMutation({
    mutationFn: (status: 'published' | 'withdrawn') => data(api.PATCH('/api/v1/needs/{id}', { params: { path: { id: need.id } }, body: { status } })),
    onSuccess: async (_, status) => {
      await queryClient.invalidateQueries({ queryKey: ['need', need.id] })
      await queryClient.invalidateQueries({ queryKey: ['needs'] })
      message.success(status === 'published' ? t('已发布', 'Published') : t('已撤回', 'Withdrawn'))
    },
    onError: (e) => message.error(e.message),
  })
  const v = vocabularies.data
  return (
    <>
      <PageTitle title={need.title} sub={<StatusTag status={need.status} />}
        extra={me.role === 'provider' && OPEN.concat(['scheduled', 'held', 'intention', 'agreement']).includes(need.status) ? <OfferButton needId={need.id} /> : owner && (
          <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
            {need.status === 'draft' && <Button type="primary" icon={<SendOutlined />} loading={move.isPending} onClick={() => move.mutate('published')}>{t('发布', 'Publish')}</Button>}
            {!['resolved', 'closed', 'withdrawn'].includes(need.status) && <Link to="/needs/$needId/edit" params={{ needId: need.id }}><Button icon={<EditOutlined />}>{t('修改', 'Edit')}</Button></Link>}
            {[...OPEN, 'draft'].includes(need.status) && (
              <Popconfirm title={t('撤回这条需求？', 'Withdraw this need?')} description={t('撤回后不再推荐给服务方。', 'It will no longer be suggested to providers.')} okText={t('撤回', 'Withdraw')} cancelText={t('取消', 'Cancel')} onConfirm={() => move.mutate('withdrawn')}>
                <Button danger icon={<RollbackOutlined />}>{t('撤回', 'Withdraw')}</Button>
              </Popconfirm>
            )}
          </div>
        )} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Card title={t('需求内容', 'The need')} style={{ marginBottom: 16 }}>
            {need.view === 'full' ? <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{need.description}</Typography.Paragraph>
              : <Typography.Paragraph type="secondary">{t('需求方仅公开摘要；如需详细信息，请联系科协工作人员。', 'The enterprise shows a summary only; ask the association for more.')}</Typography.Paragraph>}
            <Descriptions column={{ xs: 1, md: 2 }} size="small" items={[
              { key: 'county', label: t('县市区', 'County'), children: need.county },
              { key: 'chain', label: t('产业链', 'Industry chain'), children: need.industryChain },
              { key: 'type', label: t('需求类型', 'Type'), children: labelOf(v?.needTypes, need.needType, language) },
              { key: 'modes', label: t('合作方式', 'Cooperation'), children: need.cooperationModes.map((m) => labelOf(v?.cooperationModes, m, language)).join('、') || '—' },
              ...(need.view === 'full' ? [{ key: 'budget', label: t('预算', 'Budget'), children: formatBudget(need.budgetMinYuan, need.budgetMaxYuan, language, t) }] : []),
              { key: 'deadline', label: t('期限', 'Wanted by'), children: need.deadline ?? '—' },
              { key: 'visibility', label: t('公开范围', 'Visibility'), children: labelOf(v?.visibilities, need.visibility, language) },
              { key: 'words', label: t('关键词', 'Keywords'), children: [...need.keywords, ...need.fields].map((k) => <Tag key={k}>{k}</Tag>) },
            ]} />
          </Card>
          {owner && need.status !== 'draft' && <OffersCard needId={need.id} />}
          {owner && OPEN.concat(['scheduled', 'held']).includes(need.status) && (
            <Card title={t('推荐的服务方', 'Suggested providers')} extra={<Typography.Text type="secondary" style={{ fontSize: 13 }}>{t('科协工作人员会据此安排对接', 'The association arranges sessions from these')}</Typography.Text>}>
              <Suggestions needId={need.id} />
            </Card>
          )}
          {owner && need.status === 'draft' && <Card><Typography.Text type="secondary">{t('发布后即可看到推荐的服务方。', 'Publish it to see the suggested providers.')}</Typography.Text></Card>}
        </Col>
        <Col xs={24} lg={8}>
          <Card title={t('进展', 'Progress')}>
            {owner ? <QueryState query={history}>{(h) => <Funnel status={need.status} history={h.items} />}</QueryState>
              : <StatusTag status={need.status} />}
          </Card>
        </Col>
      </Row>
    </>
  )
}
