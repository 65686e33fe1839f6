import { ImportOutlined, PlusOutlined } from '@ant-design/icons'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { App, Button, Card, Col, Form, Input, Modal, Row, Select, Space, Table, Tag } from 'antd'
import { useState } from 'react'
import { api, data, type Schemas } from '../../../api/client'
import { choices, labelOf, useVocabularies } from '../../../api/queries'
import { showFieldErrors } from '../../../features/common/field-errors'
import { PageTitle } from '../../../features/common/states'
import { CursorTable, useCursorList } from '../../../features/console/cursor-list'
import { useUrlFilters } from '../../../features/console/url-filters'
import { useLanguage } from '../../../i18n/language'
import { organizationsList } from '../console.data'
import type { DIRECTORY_FILTERS } from '../console-search'

type Organization = Schemas['Organization']
type Person = Schemas['Person']
type Key = (typeof DIRECTORY_FILTERS)[number]

/** 机构与人员: every organisation, filtered in the URL; its people, their sign-in and access. */
export function DirectoryPage() {
  const { language, t } = useLanguage()
  const v = useVocabularies().data
  const [filters, set] = useUrlFilters<Key>()
  const [editing, setEditing] = useState<Organization | 'new' | null>(null)
  const { key, fetch } = organizationsList(filters)
  const list = useCursorList(key, fetch)
  return (
    <>
      <PageTitle title={t('机构与人员', 'Organisations and people')} sub={t('企业、学会、高校院所与其人员；邀请登录、停用访问、批量导入', 'Enterprises, societies, universities and their people')}
        extra={<Space><Link to="/directory/import"><Button icon={<ImportOutlined aria-hidden />}>{t('从 Excel 导入', 'Import from Excel')}</Button></Link><Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>{t('新建机构', 'New organisation')}</Button></Space>} />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Row gutter={[8, 8]}>
          <Col xs={24} md={6}><Input.Search allowClear defaultValue={filters.q} onSearch={(q) => set({ q: q.trim() || undefined })} placeholder={t('名称', 'Name')} aria-label={t('按名称搜索', 'Search by name')} /></Col>
          <Col xs={12} md={4}><Select allowClear style={{ width: '100%' }} placeholder={t('类型', 'Kind')} aria-label={t('按类型筛选', 'Filter by kind')} value={filters.kind} onChange={(kind?: string) => set({ kind })} options={[{ value: 'enterprise', label: t('企业', 'Enterprise') }, { value: 'provider', label: t('服务方', 'Provider') }]} /></Col>
          <Col xs={12} md={5}><Select allowClear style={{ width: '100%' }} placeholder={t('服务方类型', 'Provider type')} aria-label={t('按服务方类型筛选', 'Filter by provider type')} value={filters.providerType} onChange={(providerType?: string) => set({ providerType })} options={choices(v?.providerTypes, language)} /></Col>
          <Col xs={12} md={4}><Select allowClear showSearch style={{ width: '100%' }} placeholder={t('县市区', 'County')} aria-label={t('按县市区筛选', 'Filter by county')} value={filters.county} onChange={(county?: string) => set({ county })} options={(v?.counties ?? []).map((c) => ({ value: c, label: c }))} /></Col>
          <Col xs={12} md={5}><Select allowClear showSearch style={{ width: '100%' }} placeholder={t('产业链', 'Chain')} aria-label={t('按产业链筛选', 'Filter by chain')} value={filters.industryChain} onChange={(industryChain?: string) => set({ industryChain })} options={(v?.industryChains ?? []).map((c) => ({ value: c, label: c }))} /></Col>
        </Row>
      </Card>
      <CursorTable<Organization> list={list} rowKey={(o) => o.id} caption={t('机构', 'Organisations')} empty={t('没有符合条件的机构', 'No organisation fits')}
        expandable={{ expandedRowRender: (o) => <People organization={o} />, expandRowByClick: false }}
        columns={[
          { title: t('名称', 'Name'), dataIndex: 'name', render: (n: string, o) => <Button type="link" style={{ padding: 0 }} onClick={() => setEditing(o)}>{n}</Button> },
          { title: t('类型', 'Kind'), key: 'kind', render: (_, o) => o.kind === 'enterprise' ? <Tag>{t('企业', 'Enterprise')}</Tag> : <Tag color="blue">{labelOf(v?.providerTypes, o.providerType, language)}</Tag> },
          { title: t('县市区', 'County'), dataIndex: 'county' },
          { title: t('产业链', 'Chains'), key: 'chains', render: (_, o) => o.industryChains.join('、') },
          { title: t('统一社会信用代码', 'Credit code'), dataIndex: 'creditCode' },
        ]} />
      {editing && <OrganizationModal organization={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </>
  )
}

function OrganizationModal({ organization, onClose }: { organization: Organization | null; onClose: () => void }) {
  const { language, t } = useLanguage()
  const v = useVocabularies().data
  const [form] = Form.useForm()
  const queryClient = useQueryClient()
  const { message } = App.useApp()
  const [problem, setProblem] = useState<string | null>(null)
  const kind = Form.useWatch('kind', form) ?? organization?.kind
  const save = async () => {
    const values = await form.validateFields()
    try {
      if (organization) {
        const { kind: _k, ...edit } = values
        await data(api.PATCH('/api/v1/organizations/{id}', { params: { path: { id: organization.id } }, body: edit }))
      } else await data(api.POST('/api/v1/organizations', { body: values }))
      await queryClient.invalidateQueries({ queryKey: ['organizations'] })
      message.success(t('已保存', 'Saved'))
      onClose()
    } catch (e) { setProblem(showFieldErrors(form, e, ['kind', 'providerType', 'name', 'creditCode', 'county', 'industryChains', 'website', 'description'])) }
  }
  return (
    <Modal open title={organization ? t(`编辑：${organization.name}`, `Edit: ${organization.name}`) : t('新建机构', 'New organisation')} onOk={() => void save()} onCancel={onClose} okText={t('保存', 'Save')} cancelText={t('取消', 'Cancel')} width={640}>
      {problem && <p role="alert" style={{ color: '#b3261e' }}>{problem}</p>}
      <Form form={form} layout="vertical" initialValues={organization ?? { kind: 'enterprise', industryChains: [] }}>
        <Form.Item name="kind" label={t('类型', 'Kind')}><Select disabled={!!organization} options={[{ value: 'enterprise', label: t('企业', 'Enterprise') }, { value: 'provider', label: t('服务方', 'Provider') }]} /></Form.Item>
        {kind === 'provider' && <Form.Item name="providerType" label={t('服务方类型', 'Provider type')} rules={[{ required: true }]}><Select options={choices(v?.providerTypes, language)} /></Form.Item>}
        <Form.Item name="name" label={t('名称', 'Name')} rules={[{ required: true, message: t('请填写名称', 'Name it') }]}><Input maxLength={100} /></Form.Item>
        <Form.Item name="county" label={t('县市区', 'County')} rules={[{ required: true }]}><Select showSearch options={(v?.counties ?? []).map((c) => ({ value: c, label: c }))} /></Form.Item>
        <Form.Item name="industryChains" label={t('产业链', 'Industry chains')}><Select mode="multiple" options={(v?.industryChains ?? []).map((c) => ({ value: c, label: c }))} /></Form.Item>
        <Form.Item name="creditCode" label={t('统一社会信用代码', 'Credit code')}><Input maxLength={18} /></Form.Item>
      </Form>
    </Modal>
  )
}

function People({ organization }: { organization: Organization }) {
  const { t } = useLanguage()
  const { message, modal } = App.useApp()
  const queryClient = useQueryClient()
  const people = useQuery({ queryKey: ['people', organization.id], queryFn: () => data(api.GET('/api/v1/people', { params: { query: { organizationId: organization.id, limit: 100 } } })) })
  const [adding, setAdding] = useState(false)
  const [form] = Form.useForm()
  const invite = async (p: Person) => {
    try { await data(api.POST('/api/v1/people/{id}/invitation', { params: { path: { id: p.id } } })); message.success(t(`已向 ${p.email} 发送登录邀请`, `Invitation sent to ${p.email}`)) } catch (e) { message.error((e as Error).message) }
  }
  const access = (p: Person) => modal.confirm({
    title: p.accessDisabled ? t(`恢复 ${p.name} 的访问？`, `Restore ${p.name}’s access?`) : t(`停用 ${p.name} 的访问？`, `Disable ${p.name}’s access?`),
    content: p.accessDisabled ? t('恢复后此人可以重新登录。', 'They can sign in again.') : t('此人的所有登录会话立即结束，令牌失效；可随时恢复。', 'Their sessions end and tokens stop at once; you can restore it any time.'),
    okText: t('确定', 'OK'), cancelText: t('取消', 'Cancel'),
    onOk: async () => {
      try { await data(api.POST('/api/v1/people/{id}/access', { params: { path: { id: p.id } }, body: { enabled: p.accessDisabled } })); await queryClient.invalidateQueries({ queryKey: ['people', organization.id] }) } catch (e) { message.error((e as Error).message) }
    },
  })
  const add = async () => {
    const values = await form.validateFields()
    try {
      await data(api.POST('/api/v1/people', { body: { organizationId: organization.id, ...values } }))
      form.resetFields(); setAdding(false)
      await queryClient.invalidateQueries({ queryKey: ['people', organization.id] })
    } catch (e) {
      const left = showFieldErrors(form, e, ['name', 'email', 'phone', 'position'])
      if (left) message.error(left)
    }
  }
  return (
    <div>
      <Table<Person> size="small" rowKey="id" pagination={false} loading={people.isPending} dataSource={people.data?.items ?? []} aria-label={t(`${organization.name} 的人员`, `People of ${organization.name}`)}
        locale={{ emptyText: t('还没有人员', 'No people yet') }}
        columns={[
          { title: t('姓名', 'Name'), dataIndex: 'name' },
          { title: t('职务', 'Position'), dataIndex: 'position' },
          { title: t('邮箱', 'E-mail'), dataIndex: 'email' },
          { title: t('电话', 'Phone'), dataIndex: 'phone' },
          { title: t('访问', 'Access'), key: 'access', render: (_, p) => p.accessDisabled ? <Tag color="red">{t('已停用', 'Disabled')}</Tag> : <Tag color="green">{t('正常', 'Active')}</Tag> },
          { title: t('操作', 'Actions'), key: 'do', render: (_, p) => <Space>
            <Button size="small" disabled={!p.email || p.accessDisabled} onClick={() => void invite(p)}>{t('邀请登录 / 重发', 'Invite / resend')}</Button>
            <Button size="small" danger={!p.accessDisabled} onClick={() => access(p)}>{p.accessDisabled ? t('恢复访问', 'Restore') : t('停用访问', 'Disable')}</Button>
          </Space> },
        ]} />
      {adding ? (
        <Form form={form} layout="inline" style={{ marginTop: 8, rowGap: 8 }} onFinish={() => void add()}>
          <Form.Item name="name" rules={[{ required: true, message: t('姓名', 'Name') }]}><Input placeholder={t('姓名', 'Name')} aria-label={t('姓名', 'Name')} /></Form.Item>
          <Form.Item name="position"><Input placeholder={t('职务', 'Position')} aria-label={t('职务', 'Position')} /></Form.Item>
          <Form.Item name="email"><Input placeholder={t('邮箱', 'E-mail')} aria-label={t('邮箱', 'E-mail')} /></Form.Item>
          <Form.Item name="phone"><Input placeholder={t('电话', 'Phone')} aria-label={t('电话', 'Phone')} /></Form.Item>
          <Button type="primary" htmlType="submit">{t('添加', 'Add')}</Button><Button type="text" onClick={() => setAdding(false)}>{t('取消', 'Cancel')}</Button>
        </Form>
      ) : <Button size="small" style={{ marginTop: 8 }} icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>{t('添加人员', 'Add a person')}</Button>}
    </div>
  )
}
