import { useNavigate, useParams } from '@tanstack/react-router'
import { App, Form } from 'antd'
import { api, data } from '../../api/client'
import { useMe } from '../../api/queries'
import { useCapability, type Capability } from '../../features/capabilities/capabilities.queries'
import { CAPABILITY_FIELDS, CapabilityForm, fromCapability, toCapabilityInput, type CapabilityFormValues } from '../../features/capabilities/CapabilityForm'
import { useColleagues } from '../../features/common/colleagues'
import { PageTitle, QueryState } from '../../features/common/states'
import { useFormSave } from '../../features/common/use-form-save'
import { useT } from '../../i18n/language'

const asExperts = (people: { id: string; name: string; position: string | null }[] | undefined) =>
  (people ?? []).map((p) => ({ value: p.id, label: p.position ? `${p.name}（${p.position}）` : p.name }))

/** 发布服务能力 */
export function NewCapabilityPage() {
  const t = useT()
  const me = useMe().data!
  const navigate = useNavigate()
  const { message } = App.useApp()
  const [form] = Form.useForm<CapabilityFormValues>()
  const colleagues = useColleagues(me.organizationId)
  const draftKey = `jinqiao.capability-draft.${me.personId}`
  const create = useFormSave({
    form, fields: CAPABILITY_FIELDS, draftKey, invalidate: [['capabilities']],
    save: ({ values, publish }: { values: CapabilityFormValues; publish: boolean }) =>
      data(api.POST('/api/v1/capabilities', { body: { ...toCapabilityInput(values), status: publish ? 'published' : 'draft' } as never })),
    done: async (capability, { publish }) => {
      message.success(publish ? t('已发布，下面是它可能解决的企业需求', 'Published; here are the needs it could serve') : t('已保存为草稿', 'Saved as a draft'))
      await navigate({ to: '/capabilities/$capabilityId', params: { capabilityId: capability!.id } })
    },
  })
  return (
    <>
      <PageTitle title={t('发布服务能力', 'Offer a capability')} sub={t('写得越具体，推荐的需求越准确。带 * 的为必填。', 'The more precise, the better the suggested needs.')} />
      <CapabilityForm form={form} draftKey={draftKey} editing={false} error={create.error} submitting={create.submitting} experts={asExperts(colleagues.data?.items)}
        onSubmit={(values, publish) => create.submit({ values, publish })} />
    </>
  )
}

export function EditCapabilityPage() {
  const t = useT()
  const { capabilityId } = useParams({ from: '/signed-in/capabilities/$capabilityId/edit' })
  const capability = useCapability(capabilityId)
  return (
    <>
      <PageTitle title={t('修改服务能力', 'Edit the capability')} />
      <QueryState query={capability}>{(c) => (c.view === 'full' ? <EditForm capability={c} /> : null)}</QueryState>
    </>
  )
}

function EditForm({ capability }: { capability: Capability }) {
  const t = useT()
  const navigate = useNavigate()
  const { message } = App.useApp()
  const [form] = Form.useForm<CapabilityFormValues>()
  const colleagues = useColleagues(capability.organizationId)
  const draftKey = `jinqiao.capability-edit.${capability.id}`
  const save = useFormSave({
    form, fields: CAPABILITY_FIELDS, draftKey, invalidate: [['capability', capability.id], ['capabilities']],
    save: (values: CapabilityFormValues) => data(api.PATCH('/api/v1/capabilities/{id}', { params: { path: { id: capability.id } }, body: toCapabilityInput(values) as never })),
    done: async () => {
      message.success(t('已保存', 'Saved'))
      await navigate({ to: '/capabilities/$capabilityId', params: { capabilityId: capability.id } })
    },
  })
  return (
    <CapabilityForm form={form} draftKey={draftKey} initial={fromCapability(capability)} editing error={save.error} submitting={save.submitting} experts={asExperts(colleagues.data?.items)}
      onSubmit={(values) => save.submit(values)} />
  )
}
