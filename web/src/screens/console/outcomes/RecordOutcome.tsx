import { useQuery, useQueryClient } from '@tanstack/react-query'
import { Alert, App, Button, Card, Col, Form, Input, InputNumber, Radio, Row, Select } from 'antd'
import { useState } from 'react'
import { api, data } from '../../../api/client'
import { choices, useVocabularies } from '../../../api/queries'
import { showFieldErrors } from '../../../features/common/field-errors'
import { OrganizationPicker } from '../../../features/console/OrganizationPicker'
import { useLanguage } from '../../../i18n/language'
import { NeedPicker } from '../matching/NeedPicker'

const today = () => new Date().toISOString().slice(0, 10)

/** 登记成果: an intention or an agreement between a need's enterprise and a provider, then, if it solved the need, its resolution. */
export function RecordOutcome({ needId: initialNeed, providerId: initialProvider, sessionId }: { needId?: string | undefined; providerId?: string | undefined; sessionId?: string | undefined }) {
  const { language, t } = useLanguage()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const v = useVocabularies().data
  const [form] = Form.useForm()
  const [what, setWhat] = useState<'agreement' | 'intention'>('agreement')
  const [needId, setNeedId] = useState(initialNeed)
  const [problem, setProblem] = useState<string | null>(null)
  const [recorded, setRecorded] = useState<{ agreementId?: string; needId: string } | null>(null)
  const need = useQuery({ queryKey: ['need', needId], enabled: !!needId, queryFn: () => data(api.GET('/api/v1/needs/{id}', { params: { path: { id: needId! } } })) })
  const enterpriseId = need.data?.view === 'full' ? need.data.organizationId : undefined
  const kinds = [...choices(v?.cooperationModes, language), { value: 'service_station', label: t('专家服务站', 'Expert service station') }]
  const refresh = () => Promise.all(['intentions', 'agreements', 'needs', 'need', 'reports'].map((k) => queryClient.invalidateQueries({ queryKey: [k] })))
  const submit = async (values: Record<string, unknown>) => {
    setProblem(null)
    if (!enterpriseId) { setProblem(t('请先选择技术需求', 'Choose the need first')); return }
    try {
      const common = { enterpriseId, providerId: values.providerId as string, needIds: [needId!] }
      if (what === 'agreement') {
        const a = await data(api.POST('/api/v1/agreements', { body: { ...common, kind: values.kind as never, signedOn: values.on as string, amountYuan: (values.amountYuan as number | undefined) ?? null, termMonths: (values.termMonths as number | undefined) ?? null, documentRef: (values.documentRef as string | undefined) || null } }))
        setRecorded({ agreementId: a.id, needId: needId! })
      } else {
        await data(api.POST('/api/v1/intentions', { body: { ...common, statedOn: values.on as string, description: values.description as string, ...(sessionId ? { sessionId } : {}) } }))
        setRecorded({ needId: needId! })
      }
      await refresh()
      message.success(what === 'agreement' ? t('合作协议已登记', 'Agreement recorded') : t('合作意向已登记', 'Intention recorded'))
    } catch (e) { setProblem(showFieldErrors(form, e, ['providerId', 'kind', 'on', 'amountYuan', 'termMonths', 'documentRef', 'description'], { signedOn: 'on', statedOn: 'on' })) }
  }
  return (
    <Row gutter={16}>
      <Col xs={24} xl={14}>
        <Card size="small" title={t('登记成果', 'Record an outcome')}>
          <Radio.Group value={what} onChange={(e) => setWhat(e.target.value)} optionType="button" style={{ marginBottom: 12 }} options={[{ value: 'agreement', label: t('合作协议', 'Agreement') }, { value: 'intention', label: t('合作意向', 'Intention') }]} />
          {problem && <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 12 }} />}
          <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} initialValues={{ on: today(), providerId: initialProvider }}>
            <Form.Item label={t('技术需求', 'Need')} required><NeedPicker needId={needId} onChange={setNeedId} /></Form.Item>
            <Form.Item name="providerId" label={t('服务方', 'Provider')} rules={[{ required: true, message: t('请选择服务方', 'Choose the provider') }]}>
              <OrganizationPicker kind="provider" label={t('服务方', 'Provider')} />
            </Form.Item>
            <Form.Item name="on" label={what === 'agreement' ? t('签订日期', 'Signed on') : t('表达日期', 'Stated on')} rules={[{ required: true }]}><Input type="date" /></Form.Item>
            {what === 'agreement' ? <>
              <Form.Item name="kind" label={t('合作方式', 'Kind')} rules={[{ required: true, message: t('请选择合作方式', 'Choose the kind') }]}><Select options={kinds} aria-label={t('合作方式', 'Kind')} /></Form.Item>
              <Form.Item name="amountYuan" label={t('金额（元）', 'Amount (yuan)')}><InputNumber min={0} step={10000} style={{ width: 200 }} /></Form.Item>
              <Form.Item name="termMonths" label={t('期限（月）', 'Term (months)')}><InputNumber min={1} max={600} /></Form.Item>
              <Form.Item name="documentRef" label={t('协议编号或存档位置', 'Document reference')}><Input maxLength={200} /></Form.Item>
            </> : <Form.Item name="description" label={t('意向内容', 'What was intended')} rules={[{ required: true, message: t('请填写意向内容', 'Say what was intended') }]}><Input.TextArea maxLength={2000} rows={3} /></Form.Item>}
            <Button type="primary" htmlType="submit">{t('登记', 'Record')}</Button>
          </Form>
        </Card>
      </Col>
      <Col xs={24} xl={10}>{recorded && <Resolve {...recorded} onDone={() => setRecorded(null)} />}</Col>
    </Row>
  )
}

function Resolve({ needId, agreementId, onDone }: { needId: string; agreementId?: string | undefined; onDone: () => void }) {
  const { t } = useLanguage()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [evidence, setEvidence] = useState('')
  const [on, setOn] = useState(today())
  const resolve = async () => {
    try {
      await data(api.POST('/api/v1/needs/{id}/resolution', { params: { path: { id: needId } }, body: { how: agreementId ? 'agreement' : 'outside', ...(agreementId ? { agreementId } : {}), evidence, resolvedOn: on } }))
      await Promise.all(['needs', 'need', 'reports'].map((k) => queryClient.invalidateQueries({ queryKey: [k] })))
      message.success(t('已登记为已解决', 'Recorded as resolved'))
      onDone()
    } catch (e) { message.error((e as Error).message) }
  }
  return (
    <Card size="small" title={t('这项需求因此解决了吗？', 'Did this solve the need?')}>
      <Input.TextArea aria-label={t('解决情况说明', 'How it was solved')} placeholder={t('解决情况（如：设备改造完成，断经率下降 60%）', 'How (e.g. the upgrade is done, breakage down 60%)')} value={evidence} onChange={(e) => setEvidence(e.target.value)} rows={3} style={{ marginBottom: 8 }} />
      <Input type="date" aria-label={t('解决日期', 'Resolved on')} value={on} onChange={(e) => setOn(e.target.value)} style={{ width: 200, marginBottom: 8 }} />
      <div><Button type="primary" disabled={!evidence.trim()} onClick={() => void resolve()}>{t('登记需求已解决', 'Record it resolved')}</Button> <Button type="text" onClick={onDone}>{t('暂不', 'Not yet')}</Button></div>
    </Card>
  )
}
