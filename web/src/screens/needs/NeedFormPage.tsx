import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useNavigate, useParams } from '@tanstack/react-router'
import { App, Form } from 'antd'
import { useState } from 'react'
import { api, data } from '../../api/client'
import { useMe } from '../../api/queries'
import { useColleagues } from '../../features/common/colleagues'
import { showFieldErrors } from '../../features/common/field-errors'
import { PageTitle, QueryState } from '../../features/common/states'
import { fromNeed, NEED_FIELD_NAMES, NEED_FIELDS, NeedForm, toNeedInput, type NeedFormValues } from '../../features/needs/NeedForm'
import { useNeed, type Need } from '../../features/needs/needs.queries'
import { useT } from '../../i18n/language'

/** 发布需求 */
export function NewNeedPage() {
  const t = useT()
  const me = useMe().data!
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const { message } = App.useApp()
  const [form] = Form.useForm<NeedFormValues>()
  const [error, setError] = useState<string | null>(null)
  const colleagues = useColleagues(me.organizationId)
  const draftKey = `jinqiao.need-draft.${me.personId}`
  const create = useMutation({
    mutationFn: ({ values, publish }: { values: NeedFormValues; publish: boolean }) =>
      data(api.POST('/api/v1/needs', { body: { ...toNeedInput(values), status: publish ? 'published' : 'draft' } as never })),
    onSuccess: async (need, { publish }) => {
      localStorage.removeItem(draftKey)
      await queryClient.invalidateQueries({ queryKey: ['needs'] })
      message.success(publish ? t('需求已发布，下面是为您推荐的服务方', 'Published; here are the suggested providers') : t('已保存为草稿', 'Saved as a draft'))
      await navigate({ to: '/needs/$needId', params: { needId: need!.id } })
    },
    onError: (e) => setError(showFieldErrors(form, e, NEED_FIELDS, NEED_FIELD_NAMES)),
  })
  return (
    <>
      <PageTitle title={t('发布技术需求', 'File a technical need')} sub={t('填写越具体，推荐越准确。带 * 的为必填。', 'The more precise, the better the suggestions.')} />
      <NeedForm form={form} draftKey={draftKey} editing={false} error={error} submitting={create.isPending}
        colleagues={(colleagues.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
        onSubmit={(values, publish) => { setError(null); create.mutate({ values, publish }) }} />
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
  const queryClient = useQueryClient()
  const { message } = App.useApp()
  const [form] = Form.useForm<NeedFormValues>()
  const [error, setError] = useState<string | null>(null)
  const colleagues = useColleagues(need.organizationId)
  const draftKey = `jinqiao.need-edit.${need.id}`
  const save = useMutation({
    mutationFn: (values: NeedFormValues) => data(api.PATCH('/api/v1/needs/{id}', { params: { path: { id: need.id } }, body: toNeedInput(values) as never })),
    onSuccess: async () => {
      localStorage.removeItem(draftKey)
      await queryClient.invalidateQueries({ queryKey: ['need', need.id] })
      await queryClient.invalidateQueries({ queryKey: ['needs'] })
      message.success(t('已保存', 'Saved'))
      await navigate({ to: '/needs/$needId', params: { needId: need.id } })
    },
    onError: (e) => setError(showFieldErrors(form, e, NEED_FIELDS, NEED_FIELD_NAMES)),
  })
  return (
    <NeedForm form={form} draftKey={draftKey} initial={fromNeed(need)} editing error={error} submitting={save.isPending}
      colleagues={(colleagues.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
      onSubmit={(values) => { setError(null); save.mutate(values) }} />
  )
}
