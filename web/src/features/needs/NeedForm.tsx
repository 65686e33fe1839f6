import { Alert, Card, Col, Form, Input, InputNumber, Row, Select, Space } from 'antd'
import { choices, useVocabularies } from '../../api/queries'
import { useLanguage } from '../../i18n/language'
import { Hint, SubmitButtons, TagsInput, useFormDraft, usePublishing, VisibilityCard } from '../common/guided-form'
import type { Need } from './needs.queries'

// The guided form of a need: every field says what it is for and shows an example from the
// Golden Bridge reports; lists are choices; the budget is a range in 万元; what is typed is kept
// in this browser as it is typed, so a closed WeChat tab loses nothing.

export interface NeedFormValues {
  title: string; description: string; county?: string; industryChain?: string; needType?: string; cooperationModes?: string[]
  keywords?: string[]; fields?: string[]; budgetMinWan?: number | null; budgetMaxWan?: number | null; deadline?: string; visibility: string; contactPersonId?: string | null
}

export const NEED_FIELDS = ['title', 'description', 'county', 'industryChain', 'needType', 'cooperationModes', 'keywords', 'fields', 'budgetMinWan', 'budgetMaxWan', 'deadline', 'visibility', 'contactPersonId'] as const
export const NEED_FIELD_NAMES = { budgetMinYuan: 'budgetMinWan', budgetMaxYuan: 'budgetMaxWan' }

const wanToYuan = (w: number | null | undefined) => (w == null ? null : Math.round(w * 10_000))

export function toNeedInput(v: NeedFormValues) {
  return {
    title: v.title?.trim(), description: v.description?.trim(), county: v.county ?? '', industryChain: v.industryChain ?? '', needType: (v.needType ?? 'other') as never,
    cooperationModes: (v.cooperationModes ?? []) as never, keywords: v.keywords ?? [], fields: v.fields ?? [],
    budgetMinYuan: wanToYuan(v.budgetMinWan), budgetMaxYuan: wanToYuan(v.budgetMaxWan), deadline: v.deadline || null, visibility: v.visibility as never, contactPersonId: v.contactPersonId ?? null,
  }
}

export function fromNeed(n: Need): NeedFormValues {
  return {
    title: n.title, description: n.description, county: n.county, industryChain: n.industryChain, needType: n.needType, cooperationModes: n.cooperationModes,
    keywords: n.keywords, fields: n.fields, budgetMinWan: n.budgetMinYuan == null ? null : n.budgetMinYuan / 10_000, budgetMaxWan: n.budgetMaxYuan == null ? null : n.budgetMaxYuan / 10_000,
    deadline: n.deadline ?? '', visibility: n.visibility, contactPersonId: n.contactPersonId,
  }
}

interface Props {
  draftKey: string
  initial?: NeedFormValues
  colleagues: { value: string; label: string }[]
  submitting: boolean
  error: string | null
  onSubmit: (values: NeedFormValues, publish: boolean) => void
  form: ReturnType<typeof Form.useForm<NeedFormValues>>[0]
  editing: boolean
}

export function NeedForm({ draftKey, initial, colleagues, submitting, error, onSubmit, form, editing }: Props) {
  const { language, t } = useLanguage()
  const vocabularies = useVocabularies()
  const publishing = usePublishing()
  const draft = useFormDraft(form, draftKey, initial)
  const hint = (zh: string, en: string, example?: string) => <Hint zh={zh} en={en} {...(example ? { example } : {})} />
  const visibilityOptions = [
    { value: 'public', zh: '公开：所有登录的服务方都能看到全文和企业名称。', en: 'Public: every signed-in provider sees the whole need and your name.' },
    { value: 'summary', zh: '仅公开摘要：服务方只看到标题、领域和县市区，全文和企业名称仅科协可见。', en: 'Summary only: providers see the title, fields and county; the rest only the association sees.' },
    { value: 'confidential', zh: '保密：只有本企业和科协工作人员能看到，由科协为您定向对接。', en: 'Confidential: only your enterprise and the association see it; the association finds providers for you.' },
  ]
  return (
    <Form<NeedFormValues> form={form} layout="vertical" requiredMark="optional" scrollToFirstError
      initialValues={{ visibility: 'public', needType: 'key_technology', cooperationModes: [], keywords: [], fields: [] }}
      onValuesChange={(_, all) => draft.keep(all)}
      onFinish={(v) => onSubmit(v, publishing.current)}>
      {draft.alert}
      {error && <Alert role="alert" type="error" showIcon style={{ marginBottom: 16 }} title={error} />}
      <Card title={t('1. 遇到了什么问题', '1. The problem')} style={{ marginBottom: 16 }}>
        <Form.Item name="title" label={t('需求名称', 'Title')} rules={[{ required: true, whitespace: true, message: t('请填写需求名称', 'Give the need a title') }, { max: 200 }]}
          extra={hint('一句话说清要解决的技术问题', 'One line saying what must be solved', '布面疵点在线视觉检测')}>
          <Input maxLength={200} showCount />
        </Form.Item>
        <Form.Item name="description" label={t('需求描述', 'Description')} rules={[{ required: true, whitespace: true, message: t('请描述需求', 'Describe the need') }, { max: 5000 }]}
          extra={hint('现状、卡在哪里、希望达到的指标', 'Where you are, what blocks you, what you want to reach', '织布车间靠人眼挑疵点，漏检率约 5%，希望漏检率降到 1% 以下，车速 60 米/分钟不降。')}>
          <Input.TextArea rows={5} maxLength={5000} showCount />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="keywords" label={t('关键词', 'Keywords')} extra={hint('输入后按回车，可填多个', 'Type one and press Enter', '疵点、验布、机器视觉')}>
              <TagsInput label={t('关键词', 'Keywords')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="fields" label={t('技术领域', 'Technical fields')} extra={hint('输入后按回车，可填多个', 'Type one and press Enter', '人工智能、纺织')}>
              <TagsInput label={t('技术领域', 'Technical fields')} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card title={t('2. 在哪里、要什么样的合作', '2. Where, and what cooperation')} style={{ marginBottom: 16 }}>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="county" label={t('所在县市区', 'County')} rules={[{ required: true, message: t('请选择县市区', 'Choose the county') }]}>
              <Select showSearch options={(vocabularies.data?.counties ?? []).map((c) => ({ value: c, label: c }))} aria-label={t('所在县市区', 'County')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="industryChain" label={t('所属产业链', 'Industry chain')} rules={[{ required: true, message: t('请选择产业链', 'Choose the chain') }]} extra={hint('按本市重点产业链归类，便于科协组织专场对接', 'The city’s key chains, so the association can hold a session per chain')}>
              <Select showSearch options={(vocabularies.data?.industryChains ?? []).map((c) => ({ value: c, label: c }))} aria-label={t('所属产业链', 'Industry chain')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="needType" label={t('需求类型', 'Type of need')} rules={[{ required: true }]}>
              <Select options={choices(vocabularies.data?.needTypes, language)} aria-label={t('需求类型', 'Type of need')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="cooperationModes" label={t('合作方式', 'Cooperation modes')} extra={hint('可多选', 'Choose any')}>
              <Select mode="multiple" options={choices(vocabularies.data?.cooperationModes, language)} aria-label={t('合作方式', 'Cooperation modes')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('预算（万元）', 'Budget (10,000 yuan)')} extra={hint('不确定可不填，显示为「面议」', 'Leave empty for “negotiable”', '5 – 30')} style={{ marginBottom: 0 }}>
              <Space.Compact block>
                <Form.Item name="budgetMinWan" noStyle><InputNumber min={0} step={1} placeholder={t('下限', 'from')} style={{ width: '50%' }} aria-label={t('预算下限（万元）', 'Budget from')} /></Form.Item>
                <Form.Item name="budgetMaxWan" noStyle
                  rules={[({ getFieldValue }) => ({ validator: (_, v) => (v == null || getFieldValue('budgetMinWan') == null || v >= getFieldValue('budgetMinWan') ? Promise.resolve() : Promise.reject(new Error(t('上限不能低于下限', 'The upper bound is below the lower')))) })]}>
                  <InputNumber min={0} step={1} placeholder={t('上限', 'to')} style={{ width: '50%' }} aria-label={t('预算上限（万元）', 'Budget to')} />
                </Form.Item>
              </Space.Compact>
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="deadline" label={t('希望解决的期限', 'Wanted by')} extra={hint('可不填', 'Optional')}>
              <Input type="date" min="1990-01-01" max="2100-12-31" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="contactPersonId" label={t('联系人', 'Contact person')} extra={hint('对接时科协联系谁；默认不指定', 'Whom the association calls about it')}>
              <Select allowClear options={colleagues} aria-label={t('联系人', 'Contact person')} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <VisibilityCard options={visibilityOptions} />
      <SubmitButtons editing={editing} submitting={submitting} publishing={publishing} publishLabel={t('发布需求', 'Publish')} />
    </Form>
  )
}
