import { Alert, Card, Col, Form, Input, InputNumber, Row, Select } from 'antd'
import { choices, useVocabularies } from '../../api/queries'
import { useLanguage } from '../../i18n/language'
import { Hint, SubmitButtons, TagsInput, useFormDraft, usePublishing, VisibilityCard } from '../common/guided-form'
import type { Capability } from './capabilities.queries'

// The guided form of a capability, built like the need's: hints with examples from the reports,
// vocabularies as choices, and what is typed kept in this browser until it is saved.

export interface CapabilityFormValues {
  title: string; description: string; serviceTypes?: string[]; cooperationModes?: string[]; industryChains?: string[]; regionsServed?: string[]
  keywords?: string[]; fields?: string[]; readinessLevel?: number | null; capacityPerMonth?: number; visibility: string; expertIds?: string[]
}

export const CAPABILITY_FIELDS = ['title', 'description', 'serviceTypes', 'cooperationModes', 'industryChains', 'regionsServed', 'keywords', 'fields', 'readinessLevel', 'capacityPerMonth', 'visibility', 'expertIds'] as const

export function toCapabilityInput(v: CapabilityFormValues) {
  return {
    title: v.title?.trim(), description: v.description?.trim(), serviceTypes: (v.serviceTypes ?? []) as never, cooperationModes: (v.cooperationModes ?? []) as never,
    industryChains: v.industryChains ?? [], regionsServed: v.regionsServed ?? [], keywords: v.keywords ?? [], fields: v.fields ?? [],
    readinessLevel: v.readinessLevel ?? null, capacityPerMonth: v.capacityPerMonth ?? 4, visibility: v.visibility as never, expertIds: v.expertIds ?? [],
  }
}

export function fromCapability(c: Capability): CapabilityFormValues {
  return {
    title: c.title, description: c.description, serviceTypes: c.serviceTypes, cooperationModes: c.cooperationModes, industryChains: c.industryChains,
    regionsServed: c.regionsServed, keywords: c.keywords, fields: c.fields, readinessLevel: c.readinessLevel, capacityPerMonth: c.capacityPerMonth,
    visibility: c.visibility, expertIds: c.experts.map((e) => e.id),
  }
}

interface Props {
  draftKey: string
  initial?: CapabilityFormValues
  experts: { value: string; label: string }[]
  submitting: boolean
  error: string | null
  editing: boolean
  form: ReturnType<typeof Form.useForm<CapabilityFormValues>>[0]
  onSubmit: (values: CapabilityFormValues, publish: boolean) => void
}

export function CapabilityForm({ draftKey, initial, experts, submitting, error, editing, form, onSubmit }: Props) {
  const { language, t } = useLanguage()
  const v = useVocabularies().data
  const publishing = usePublishing()
  const draft = useFormDraft(form, draftKey, initial)
  const hint = (zh: string, en: string, example?: string) => <Hint zh={zh} en={en} {...(example ? { example } : {})} />
  const tags = (label: string) => <TagsInput label={label} />
  const visibilityOptions = [
    { value: 'public', zh: '公开：所有登录的企业都能看到全文和本机构名称。', en: 'Public: every signed-in enterprise sees it all, with your name.' },
    { value: 'summary', zh: '仅公开摘要：企业只看到标题和领域，全文和机构名称仅科协可见。', en: 'Summary only: enterprises see the title and fields; the rest only the association sees.' },
    { value: 'confidential', zh: '保密：只有本机构和科协工作人员能看到，由科协定向推荐。', en: 'Confidential: only you and the association see it; the association proposes it where it fits.' },
  ]
  return (
    <Form<CapabilityFormValues> form={form} layout="vertical" requiredMark="optional" scrollToFirstError
      initialValues={{ visibility: 'public', capacityPerMonth: 4, serviceTypes: [], cooperationModes: [], industryChains: [], regionsServed: [], keywords: [], fields: [], expertIds: [] }}
      onValuesChange={(_, all) => draft.keep(all)}
      onFinish={(values) => onSubmit(values, publishing.current)}>
      {draft.alert}
      {error && <Alert role="alert" type="error" showIcon style={{ marginBottom: 16 }} title={error} />}
      <Card title={t('1. 能解决什么问题', '1. What you can solve')} style={{ marginBottom: 16 }}>
        <Form.Item name="title" label={t('服务能力名称', 'Title')} rules={[{ required: true, whitespace: true, message: t('请填写名称', 'Give it a title') }, { max: 200 }]}
          extra={hint('一句话说清能提供的技术或服务', 'One line naming the technology or service', '织物缺陷机器视觉检测')}>
          <Input maxLength={200} showCount />
        </Form.Item>
        <Form.Item name="description" label={t('能力描述', 'Description')} rules={[{ required: true, whitespace: true, message: t('请描述服务能力', 'Describe it') }, { max: 5000 }]}
          extra={hint('技术原理、已有成果和案例、能达到的指标', 'How it works, results and cases so far, what it reaches', '基于深度学习的织物表面缺陷在线检测系统，可识别断经、断纬、破洞等 20 余类疵点，已在 3 家织造企业应用。')}>
          <Input.TextArea rows={5} maxLength={5000} showCount />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={12}><Form.Item name="keywords" label={t('关键词', 'Keywords')} extra={hint('输入后按回车，可填多个', 'Type one and press Enter', '机器视觉、疵点检测')}>{tags(t('关键词', 'Keywords'))}</Form.Item></Col>
          <Col xs={24} md={12}><Form.Item name="fields" label={t('技术领域', 'Technical fields')} extra={hint('输入后按回车，可填多个', 'Type one and press Enter', '人工智能、纺织')}>{tags(t('技术领域', 'Technical fields'))}</Form.Item></Col>
          <Col xs={24} md={12}>
            <Form.Item name="serviceTypes" label={t('能解决的需求类型', 'Types of need served')} extra={hint('可多选；与企业需求的类型对应', 'Choose any; they meet the enterprises’ need types')}>
              <Select mode="multiple" options={choices(v?.needTypes, language)} aria-label={t('能解决的需求类型', 'Types of need served')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="cooperationModes" label={t('合作方式', 'Cooperation modes')} extra={hint('可多选', 'Choose any')}>
              <Select mode="multiple" options={choices(v?.cooperationModes, language)} aria-label={t('合作方式', 'Cooperation modes')} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card title={t('2. 服务哪里、谁来服务', '2. Where, and who')} style={{ marginBottom: 16 }}>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="industryChains" label={t('服务的产业链', 'Industry chains served')} extra={hint('可多选', 'Choose any')}>
              <Select mode="multiple" options={(v?.industryChains ?? []).map((c) => ({ value: c, label: c }))} aria-label={t('服务的产业链', 'Industry chains served')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="regionsServed" label={t('可服务的县市区', 'Counties served')} extra={hint('不选表示不限地区', 'Leave empty for anywhere')}>
              <Select mode="multiple" options={(v?.counties ?? []).map((c) => ({ value: c, label: c }))} aria-label={t('可服务的县市区', 'Counties served')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="expertIds" label={t('提供服务的专家', 'Experts behind it')} extra={hint('本机构的人员；还没有的可在「我的机构」邀请', 'People of your organisation; invite more under “My organisation”')}>
              <Select mode="multiple" options={experts} optionFilterProp="label" aria-label={t('提供服务的专家', 'Experts behind it')} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="readinessLevel" label={t('技术成熟度', 'Readiness (TRL)')} extra={hint('1–9，可不填', '1–9, optional', '7')}>
              <InputNumber min={1} max={9} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="capacityPerMonth" label={t('每月可对接场次', 'Sessions a month')} rules={[{ required: true }]}>
              <InputNumber min={1} max={100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <VisibilityCard options={visibilityOptions} />
      <SubmitButtons editing={editing} submitting={submitting} publishing={publishing} publishLabel={t('发布服务能力', 'Publish')} />
    </Form>
  )
}
