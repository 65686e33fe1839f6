import { useNavigate, useParams } from '@tanstack/react-router'
import { App, Form } from 'antd'
import { api, data } from '../../api/client'
import { useMe } from '../../api/queries'
import { useColleagues } from '../../features/common/colleagues'
import { PageTitle, QueryState } from '../../features/common/states'
import { useFormSave } from '../../features/common/use-form-save'
import { fromNeed, NEED_FIELD_NAMES, NEED_FIELDS, NeedForm, toNeedInput, type NeedFormValues } from '../../features/needs/NeedForm'
import { useNeed, type Need } from '../../features/needs/needs.queries'
import { useT } from '../../i18n/language'

const asContacts = (people: { id: string; name: string }[] | undefined) => (people ?? []).map((p) => ({ value: p.id, label: p.name }))

/** 发布需求 */
export function NewNeedPage() {
  const t = useT()
  const me = useMe().data!
  const navigate = useNavigate()
  const { message } = App.useApp()
  const [form] = Form.useForm<NeedFormValues>()
  const colleagues = useColleagues(me.organizationId)
  const draftKey = `jinqiao.need-draft.${me.personId}`
  const create = useFormSave({
    form, fields: NEED_FIELDS, rename: NEED_FIELD_NAMES, draftKey, invalidate: [['needs']],
    save: ({ values, publish }: { values: NeedFormValues; publish: boolean }) =>
      data(api.POST('/api/v1/needs', { body: { ...toNeedInput(values), status: publish ? 'published' : 'draft' } as never })),
    done: async (need, { publish }) => {
      message.success(publish ? t('需求已发布，下面是为您推荐的服务方', 'Published; here are the suggested providers') : t('已保存为草稿', 'Saved as a draft'))
      await navigate({ to: '/needs/$needId', params: { needId: need!.id } })
    },
  })
  return (
    <>
      <PageTitle title={t('发布技术需求', 'File a technical need')} sub={t('填写越具体，推荐越准确。带 * 的为必填。', 'The more precise, the better the suggestions.')} />
      <NeedForm form={form} draftKey={draftKey} editing={false} error={create.error} submitting={create.submitting} colleagues={asContacts(colleagues.data?.items)}
        onSubmit={(values, publish) => create.submit({ values, publish })} />
    </>
  )
}

/** Editing a need the enterprise already filed. */
export function EditNeedPage() {
  const t = useT()
  const { needId } = useParams({ from: '/signed-in/needs/$needId/edit' })
  const need = useNeed(needId)
  return (
    <>
      <PageTitle title={t('修改需求', 'Edit the need')} />
      <QueryState query={need}>{(n) => (n.view === 'full' ? <EditForm need={n} /> : null)}</QueryState>
    </>
  )
}

function EditForm({ need }: { need: Need }) {
  const t = useT()
  const navigate = useNavigate()
  const { message } = App.useApp()
  const [form] = Form.useForm<NeedFormValues>()
  const colleagues = useColleagues(need.organizationId)
  const draftKey = `jinqiao.need-edit.${need.id}`
  const save = useFormSave({
    form, fields: NEED_FIELDS, rename: NEED_FIELD_NAMES, draftKey, invalidate: [['need', need.id], ['needs']],
    save: (values: NeedFormValues) => data(api.PATCH('/api/v1/needs/{id}', { params: { path: { id: need.id } }, body: toNeedInput(values) as never })),
    done: async () => {
      message.success(t('已保存', 'Saved'))
      await navigate({ to: '/needs/$needId', params: { needId: need.id } })
    },
  })
  return (
    <NeedForm form={form} draftKey={draftKey} initial={fromNeed(need)} editing error={save.error} submitting={save.submitting} colleagues={asContacts(colleagues.data?.items)}
      onSubmit={(values) => save.submit(values)} />
  )
}
