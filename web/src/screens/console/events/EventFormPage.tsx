import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useNavigate, useParams } from '@tanstack/react-router'
import { Alert, Button, Card, Col, Form, Input, InputNumber, Radio, Row, Select, Space } from 'antd'
import { useEffect, useMemo, useState } from 'react'
import { api, ApiProblem, data } from '../../../api/client'
import { useVocabularies } from '../../../api/queries'
import { showFieldErrors } from '../../../features/common/field-errors'
import { PageTitle, QueryState } from '../../../features/common/states'
import { useAllOrganizations } from '../../../features/console/organizations.queries'
import { useEvent, type EventView } from '../../../features/events/events.queries'
import { useLanguage } from '../../../i18n/language'

interface DayValues { date: string; opens: string; closes: string; breakStart?: string; breakEnd?: string }
interface Values {
  title: string; kind: 'on_site' | 'online' | 'hybrid'; venue?: string; address?: string; onlineUrl?: string; county: string; slotMinutes: number
  days: DayValues[]; tables: { id?: string; name: string; capacity: number }[]; invitedOrganizationIds: string[]
}

// Days and tables are lists: their errors ("days.0.closes") are said above the form, each with its place.
const FIELDS = ['title', 'kind', 'venue', 'address', 'onlineUrl', 'county', 'slotMinutes', 'invitedOrganizationIds'] as const

// An event's days come back as instants; the form speaks in the event's local dates and times.
const local = (iso: string, timeZone: string) => {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(iso)).map((p) => [p.type, p.value]))
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` }
}

function valuesOf(e: EventView): Values {
  return {
    title: e.title, kind: e.kind, venue: e.venue ?? undefined, address: e.address ?? undefined, onlineUrl: e.onlineUrl ?? undefined, county: e.county, slotMinutes: e.slotMinutes,
    days: e.days.map((d) => {
      const from = local(d.startsAt, e.timeZone)
      const brk = e.breaks.find((b) => local(b.startsAt, e.timeZone).date === from.date)
      return { date: from.date, opens: from.time, closes: local(d.endsAt, e.timeZone).time, ...(brk ? { breakStart: local(brk.startsAt, e.timeZone).time, breakEnd: local(brk.endsAt, e.timeZone).time } : {}) }
    }),
    tables: e.tables.map((t) => ({ id: t.id, name: t.name, capacity: t.capacity })),
    invitedOrganizationIds: e.invitedOrganizationIds,
  }
}

function bodyOf(v: Values, editing: boolean) {
  const days = v.days.map((d) => ({ date: d.date, opens: d.opens, closes: d.closes, breaks: d.breakStart && d.breakEnd ? [{ start: d.breakStart, end: d.breakEnd }] : [] }))
  const optional = (s?: string) => (s?.trim() ? s.trim() : editing ? null : undefined)
  const body = {
    title: v.title, kind: v.kind, venue: optional(v.venue), address: optional(v.address), onlineUrl: optional(v.onlineUrl), county: v.county, days,
    tables: v.tables.map((t) => (editing && t.id ? { id: t.id, name: t.name, capacity: t.capacity } : { name: t.name, capacity: t.capacity })),
    invitedOrganizationIds: v.invitedOrganizationIds ?? [],
  }
  return editing ? body : { ...body, slotMinutes: v.slotMinutes }
}

export function NewEventPage() { return <EventForm /> }

export function EditEventPage() {
  const { eventId } = useParams({ strict: false }) as { eventId: string }
  const event = useEvent(eventId)
  return <QueryState query={event}>{(e) => <EventForm event={e} />}</QueryState>
}

function EventForm({ event }: { event?: EventView }) {
  const { t } = useLanguage()
  const [form] = Form.useForm<Values>()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const vocabularies = useVocabularies().data
  const organizations = useAllOrganizations()
  const editing = !!event
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => {
    form.setFieldsValue(event ? valuesOf(event) : { kind: 'on_site', slotMinutes: 20, days: [{ date: '', opens: '08:30', closes: '11:30' }], tables: [], invitedOrganizationIds: [] })
  }, [event?.id]) // eslint-disable-line react-hooks/exhaustive-deps
  const save = useMutation({
    mutationFn: (v: Values) => editing
      ? data(api.PATCH('/api/v1/events/{id}', { params: { path: { id: event.id } }, body: bodyOf(v, true) as never }))
      : data(api.POST('/api/v1/events', { body: bodyOf(v, false) as never })),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['events'] })
      await queryClient.invalidateQueries({ queryKey: ['event', saved.id] })
      await navigate({ to: '/events/$eventId', params: { eventId: saved.id } })
    },
    onMutate: () => setProblem(null),
    onError: (e) => {
      const general = showFieldErrors(form, e, FIELDS)
      // An error in a list names its row: 「第 2 天：结束时间须晚于开始」.
      const rows = e instanceof ApiProblem ? e.errors.filter((x) => /^(days|tables)\.\d+/.test(x.path)).map((x) => {
        const [list, index] = x.path.split('.')
        return `${list === 'days' ? t(`第 ${Number(index) + 1} 天`, `Day ${Number(index) + 1}`) : t(`第 ${Number(index) + 1} 张桌`, `Table ${Number(index) + 1}`)}：${x.message}`
      }) : []
      setProblem(rows.length ? rows.join('；') : general)
    },
  })
  const kind = Form.useWatch('kind', form)
  const county = Form.useWatch('county', form)
  const invited = Form.useWatch('invitedOrganizationIds', form) ?? []
  const options = useMemo(() => (organizations.data ?? []).map((o) => ({ value: o.id, label: `${o.name}（${o.kind === 'enterprise' ? t('企业', 'enterprise') : t('服务方', 'provider')} · ${o.county}）` })), [organizations.data, t])
  const inviteAll = (which: 'enterprise' | 'provider') => {
    const more = (organizations.data ?? []).filter((o) => o.kind === which && (which === 'provider' || o.county === county)).map((o) => o.id)
    form.setFieldValue('invitedOrganizationIds', [...new Set([...invited, ...more])])
  }
  const addTables = (n: number) => {
    const tables = form.getFieldValue('tables') as Values['tables']
    const start = tables.length
    form.setFieldValue('tables', [...tables, ...Array.from({ length: n }, (_, i) => ({ name: `A${start + i + 1}`, capacity: 4 }))])
  }
  return (
    <>
      <PageTitle title={editing ? t(`编辑：${event.title}`, `Edit: ${event.title}`) : t('创建对接活动', 'New docking event')} />
      {problem && <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={problem} />}
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} requiredMark="optional" scrollToFirstError>
        <Row gutter={16}>
          <Col xs={24} xl={12}>
            <Card title={t('1. 基本信息', '1. About')} style={{ marginBottom: 16 }}>
              <Form.Item name="title" label={t('活动名称', 'Title')} rules={[{ required: true, message: t('请填写活动名称', 'Give it a title') }]}><Input maxLength={200} placeholder="金桥行动汶上行" /></Form.Item>
              <Form.Item name="kind" label={t('形式', 'Kind')}>
                <Radio.Group optionType="button" options={[{ value: 'on_site', label: t('现场', 'On site') }, { value: 'online', label: t('线上', 'Online') }, { value: 'hybrid', label: t('线上线下', 'Hybrid') }]} />
              </Form.Item>
              <Form.Item name="county" label={t('县市区', 'County')} rules={[{ required: true, message: t('请选择县市区', 'Choose the county') }]}>
                <Select showSearch options={(vocabularies?.counties ?? []).map((c) => ({ value: c, label: c }))} aria-label={t('县市区', 'County')} />
              </Form.Item>
              {kind !== 'online' && <Form.Item name="venue" label={t('地点', 'Venue')}><Input maxLength={200} placeholder="汶上县科技馆" /></Form.Item>}
              {kind !== 'online' && <Form.Item name="address" label={t('地址', 'Address')}><Input maxLength={300} /></Form.Item>}
              {kind !== 'on_site' && <Form.Item name="onlineUrl" label={t('线上会议链接', 'Online link')} rules={[{ type: 'url', message: t('请填写完整的链接（https://…）', 'A full link (https://…)') }]}><Input maxLength={500} placeholder="https://meeting.tencent.com/…" /></Form.Item>}
            </Card>
            <Card title={t('2. 日期与时间', '2. Days and hours')} style={{ marginBottom: 16 }}>
              <Form.Item name="slotMinutes" label={t('每场时长（分钟）', 'Minutes a session')} extra={editing ? t('时段长度在创建后不能修改', 'Fixed once created') : undefined}>
                <InputNumber min={5} max={240} step={5} disabled={editing} />
              </Form.Item>
              <Form.List name="days">
                {(fields, { add, remove }) => (
                  <>
                    {fields.map((f, i) => (
                      <Space key={f.key} wrap align="end" style={{ marginBottom: 8 }}>
                        <Form.Item name={[f.name, 'date']} label={t(`第 ${i + 1} 天`, `Day ${i + 1}`)} rules={[{ required: true, message: t('请选择日期', 'Pick a date') }]} style={{ marginBottom: 0 }}><Input type="date" /></Form.Item>
                        <Form.Item name={[f.name, 'opens']} label={t('开始', 'Opens')} rules={[{ required: true }]} style={{ marginBottom: 0 }}><Input type="time" /></Form.Item>
                        <Form.Item name={[f.name, 'closes']} label={t('结束', 'Closes')} rules={[{ required: true }]} style={{ marginBottom: 0 }}><Input type="time" /></Form.Item>
                        <Form.Item name={[f.name, 'breakStart']} label={t('休息自', 'Break from')} style={{ marginBottom: 0 }}><Input type="time" /></Form.Item>
                        <Form.Item name={[f.name, 'breakEnd']} label={t('至', 'to')} style={{ marginBottom: 0 }}><Input type="time" /></Form.Item>
                        {fields.length > 1 && <Button type="text" icon={<MinusCircleOutlined aria-hidden />} aria-label={t(`删除第 ${i + 1} 天`, `Remove day ${i + 1}`)} onClick={() => remove(f.name)} />}
                      </Space>
                    ))}
                    <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ opens: '08:30', closes: '11:30' })}>{t('增加一天', 'Add a day')}</Button>
                  </>
                )}
              </Form.List>
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            {kind !== 'online' && (
              <Card title={t('3. 桌位或会议室', '3. Tables or rooms')} style={{ marginBottom: 16 }} extra={<Space><Button size="small" onClick={() => addTables(5)}>{t('加 5 张桌', 'Add 5')}</Button><Button size="small" onClick={() => addTables(10)}>{t('加 10 张桌', 'Add 10')}</Button></Space>}>
                <Form.List name="tables">
                  {(fields, { add, remove }) => (
                    <>
                      {fields.map((f, i) => (
                        <Space key={f.key} align="baseline" style={{ marginRight: 12 }}>
                          <Form.Item name={[f.name, 'name']} rules={[{ required: true, message: t('桌名', 'Name') }]} style={{ marginBottom: 8 }}><Input aria-label={t(`第 ${i + 1} 张桌的名称`, `Table ${i + 1} name`)} style={{ width: 96 }} maxLength={40} /></Form.Item>
                          <Form.Item name={[f.name, 'capacity']} style={{ marginBottom: 8 }}><InputNumber aria-label={t(`第 ${i + 1} 张桌的座位`, `Table ${i + 1} seats`)} min={1} max={100} suffix={t('座', 'seats')} style={{ width: 96 }} /></Form.Item>
                          <Button type="text" size="small" icon={<MinusCircleOutlined aria-hidden />} aria-label={t(`删除桌 ${i + 1}`, `Remove table ${i + 1}`)} onClick={() => remove(f.name)} />
                        </Space>
                      ))}
                      <div><Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ name: `A${fields.length + 1}`, capacity: 4 })}>{t('增加一张桌', 'Add a table')}</Button></div>
                    </>
                  )}
                </Form.List>
              </Card>
            )}
            <Card title={t('4. 受邀机构', '4. Invited organisations')} style={{ marginBottom: 16 }}
              extra={<Space><Button size="small" disabled={!county} onClick={() => inviteAll('enterprise')}>{t('邀请本县全部企业', 'All enterprises of the county')}</Button><Button size="small" onClick={() => inviteAll('provider')}>{t('邀请全部服务方', 'All providers')}</Button></Space>}>
              <Form.Item name="invitedOrganizationIds" extra={t(`已选 ${invited.length} 家；只有受邀机构之间的入围匹配会被排程`, `${invited.length} chosen; only pairs between invited organisations are scheduled`)}>
                <Select mode="multiple" allowClear showSearch optionFilterProp="label" loading={organizations.isPending} options={options} aria-label={t('受邀机构', 'Invited organisations')} maxTagCount={12} placeholder={t('输入名称搜索', 'Type a name')} />
              </Form.Item>
            </Card>
          </Col>
        </Row>
        <Button type="primary" size="large" htmlType="submit" loading={save.isPending}>{editing ? t('保存修改', 'Save changes') : t('创建活动', 'Create the event')}</Button>
      </Form>
    </>
  )
}
