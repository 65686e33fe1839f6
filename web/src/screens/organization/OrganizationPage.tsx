import { MailOutlined, UserAddOutlined } from '@ant-design/icons'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { App, Button, Card, Col, Descriptions, Form, Input, List, Modal, Row, Select, Typography } from 'antd'
import { useState } from 'react'
import { api, data, type Schemas } from '../../api/client'
import { labelOf, useMe, useVocabularies } from '../../api/queries'
import { useColleagues } from '../../features/common/colleagues'
import { showFieldErrors } from '../../features/common/field-errors'
import { EmptyState, PageTitle, QueryState } from '../../features/common/states'
import { useLanguage } from '../../i18n/language'

type Organization = Schemas['Organization']

/** 我的机构: the organisation's profile, and its colleagues, who can be invited to sign in. */
export function OrganizationPage() {
  const me = useMe().data!
  const { t } = useLanguage()
  const organization = useQuery({
    queryKey: ['organization', me.organizationId], enabled: !!me.organizationId,
    queryFn: () => data(api.GET('/api/v1/organizations/{id}', { params: { path: { id: me.organizationId! } } })),
  })
  if (!me.organizationId) return <EmptyState text={t('您不属于任何机构。', 'You belong to no organisation.')} />
  return (
    <>
      <PageTitle title={t('我的机构', 'My organisation')} sub={me.organization?.name} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}><QueryState query={organization}>{(o) => <Profile organization={o} />}</QueryState></Col>
        <Col xs={24} lg={12}><Colleagues organizationId={me.organizationId} /></Col>
      </Row>
    </>
  )
}

type ProfileValues = { name: string; county: string; industryChains: string[]; description: string; website: string }

function Profile({ organization: o }: { organization: Organization }) {
  const { language, t } = useLanguage()
  const v = useVocabularies().data
  const queryClient = useQueryClient()
  const { message } = App.useApp()
  const [editing, setEditing] = useState(false)
  const [form] = Form.useForm<ProfileValues>()
  const save = useMutation({
    mutationFn: (values: ProfileValues) => data(api.PATCH('/api/v1/organizations/{id}', { params: { path: { id: o.id } }, body: { ...values, website: values.website?.trim() || null } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['organization', o.id] })
      await queryClient.invalidateQueries({ queryKey: ['me'] })
      message.success(t('已保存', 'Saved'))
      setEditing(false)
    },
    onError: (e) => { const rest = showFieldErrors(form, e, ['name', 'county', 'industryChains', 'description', 'website']); if (rest) message.error(rest) },
  })
  const kind = o.kind === 'enterprise' ? t('企业', 'Enterprise') : labelOf(v?.providerTypes, o.providerType, language) || t('服务方', 'Provider')
  if (!editing) {
    return (
      <Card title={t('机构资料', 'Profile')} extra={<Button onClick={() => { form.setFieldsValue({ name: o.name, county: o.county, industryChains: o.industryChains, description: o.description, website: o.website ?? '' }); setEditing(true) }}>{t('修改', 'Edit')}</Button>}>
        <Descriptions column={1} size="small" items={[
          { key: 'name', label: t('名称', 'Name'), children: o.name },
          { key: 'kind', label: t('类型', 'Kind'), children: kind },
          { key: 'county', label: t('县市区', 'County'), children: o.county },
          { key: 'chains', label: t('产业链', 'Chains'), children: o.industryChains.join('、') || '—' },
          { key: 'code', label: t('统一社会信用代码', 'Credit code'), children: o.creditCode ?? '—' },
          { key: 'site', label: t('网站', 'Website'), children: o.website ? <a href={o.website} target="_blank" rel="noreferrer">{o.website}</a> : '—' },
          { key: 'about', label: t('简介', 'About'), children: <span style={{ whiteSpace: 'pre-wrap' }}>{o.description || '—'}</span> },
        ]} />
      </Card>
    )
  }
  return (
    <Card title={t('修改机构资料', 'Edit the profile')}>
      <Form form={form} layout="vertical" onFinish={(values) => save.mutate(values)}>
        <Form.Item name="name" label={t('名称', 'Name')} rules={[{ required: true, whitespace: true }]}><Input maxLength={200} /></Form.Item>
        <Form.Item name="county" label={t('县市区', 'County')} rules={[{ required: true }]}>
          <Select showSearch options={(v?.counties ?? []).map((c) => ({ value: c, label: c }))} aria-label={t('县市区', 'County')} />
        </Form.Item>
        <Form.Item name="industryChains" label={t('产业链', 'Chains')}>
          <Select mode="multiple" options={(v?.industryChains ?? []).map((c) => ({ value: c, label: c }))} aria-label={t('产业链', 'Chains')} />
        </Form.Item>
        <Form.Item name="website" label={t('网站', 'Website')} extra={t('以 https:// 开头，可不填', 'Starting with https://; optional')}><Input inputMode="url" /></Form.Item>
        <Form.Item name="description" label={t('简介', 'About')} extra={t('主营业务或研究方向，便于科协和对接方了解', 'What you make or study, for the association and your counterparts')}><Input.TextArea rows={4} maxLength={2000} showCount /></Form.Item>
        <div style={{ display: 'flex', gap: 8 }}>
          <Button type="primary" htmlType="submit" loading={save.isPending}>{t('保存', 'Save')}</Button>
          <Button onClick={() => setEditing(false)}>{t('取消', 'Cancel')}</Button>
        </div>
      </Form>
    </Card>
  )
}

function Colleagues({ organizationId }: { organizationId: string }) {
  const { t } = useLanguage()
  const me = useMe().data!
  const { message } = App.useApp()
  const people = useColleagues(organizationId)
  const [adding, setAdding] = useState(false)
  const invite = useMutation({
    mutationFn: (personId: string) => data(api.POST('/api/v1/people/{id}/invitation', { params: { path: { id: personId } } })),
    onSuccess: () => message.success(t('邀请邮件已发出', 'The invitation is on its way')),
    onError: (e) => message.error(e.message),
  })
  return (
    <Card title={t('同事', 'Colleagues')} extra={<Button type="primary" icon={<UserAddOutlined />} onClick={() => setAdding(true)}>{t('邀请同事', 'Invite a colleague')}</Button>}>
      <QueryState query={people}>
        {(d) => (
          <List dataSource={d.items} locale={{ emptyText: t('还没有同事', 'No colleagues yet') }} renderItem={(p) => (
            <List.Item actions={p.id === me.personId ? [<Typography.Text key="me" type="secondary">{t('我', 'Me')}</Typography.Text>] : p.email ? [
              <Button key="invite" size="small" icon={<MailOutlined />} loading={invite.isPending && invite.variables === p.id} onClick={() => invite.mutate(p.id)}>{t('发送登录邀请', 'Invite to sign in')}</Button>,
            ] : []}>
              <List.Item.Meta title={p.name} description={[p.position, p.email, p.phone].filter(Boolean).join(' · ') || t('未留联系方式', 'No contact given')} />
            </List.Item>
          )} />
        )}
      </QueryState>
      <InviteColleague open={adding} organizationId={organizationId} onClose={() => setAdding(false)} />
    </Card>
  )
}

type NewColleague = { name: string; email: string; position?: string; phone?: string }

/** Adds a colleague and sends them the invitation to set a password, in one step. */
function InviteColleague({ open, organizationId, onClose }: { open: boolean; organizationId: string; onClose: () => void }) {
  const { language, t } = useLanguage()
  const queryClient = useQueryClient()
  const { message } = App.useApp()
  const [form] = Form.useForm<NewColleague>()
  const [error, setError] = useState<string | null>(null)
  const add = useMutation({
    mutationFn: async (v: NewColleague) => {
      const person = await data(api.POST('/api/v1/people', { body: { name: v.name.trim(), email: v.email.trim(), position: v.position?.trim() || null, phone: v.phone?.trim() || null, organizationId, language } }))
      await queryClient.invalidateQueries({ queryKey: ['people', organizationId] })
      await data(api.POST('/api/v1/people/{id}/invitation', { params: { path: { id: person!.id } } }))
    },
    onSuccess: () => { message.success(t('已添加，邀请邮件已发出', 'Added; the invitation is on its way')); form.resetFields(); onClose() },
    onError: (e) => setError(showFieldErrors(form, e, ['name', 'email', 'position', 'phone'])),
  })
  return (
    <Modal open={open} title={t('邀请同事', 'Invite a colleague')} onCancel={onClose} okText={t('添加并发送邀请', 'Add and invite')} cancelText={t('取消', 'Cancel')}
      confirmLoading={add.isPending} onOk={() => form.submit()} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('对方会收到一封邮件，点开链接设置密码后即可登录。', 'They get an e-mail; the link lets them set a password and sign in.')}</Typography.Paragraph>
      {error && <Typography.Paragraph type="danger" role="alert">{error}</Typography.Paragraph>}
      <Form form={form} layout="vertical" onFinish={(v) => { setError(null); add.mutate(v) }}>
        <Form.Item name="name" label={t('姓名', 'Name')} rules={[{ required: true, whitespace: true, message: t('请填写姓名', 'Give the name') }]}><Input maxLength={100} autoComplete="off" /></Form.Item>
        <Form.Item name="email" label={t('电子邮箱', 'E-mail')} rules={[{ required: true, type: 'email', message: t('请填写正确的邮箱', 'Give a valid e-mail') }]}><Input inputMode="email" autoComplete="off" /></Form.Item>
        <Form.Item name="position" label={t('职务', 'Position')}><Input maxLength={100} /></Form.Item>
        <Form.Item name="phone" label={t('手机', 'Mobile')}><Input inputMode="tel" maxLength={30} /></Form.Item>
      </Form>
    </Modal>
  )
}
