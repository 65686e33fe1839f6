import { Alert, Button, Card, Form, Radio, Select, Typography, type FormInstance } from 'antd'
import { useEffect, useRef, useState } from 'react'
import { useLanguage, useT } from '../../i18n/language'

// What the guided forms (a need, a capability) share: the draft kept in this browser as it is
// typed, so a closed WeChat tab loses nothing; hints with an example; visibility in one sentence
// each; and the publish / save buttons.

/** Restores what was typed here last time (or the initial values); returns the alert that says so. */
export function useFormDraft<T extends object>(form: FormInstance<T>, draftKey: string, initial?: T) {
  const t = useT()
  const [restored, setRestored] = useState(false)
  useEffect(() => {
    const saved = localStorage.getItem(draftKey)
    if (saved) {
      try { form.setFieldsValue(JSON.parse(saved)); setRestored(true) } catch { localStorage.removeItem(draftKey) }
    } else if (initial) form.setFieldsValue(initial as never)
  }, [draftKey]) // eslint-disable-line react-hooks/exhaustive-deps
  const discard = () => { localStorage.removeItem(draftKey); form.resetFields(); if (initial) form.setFieldsValue(initial as never); setRestored(false) }
  const keep = (all: T) => localStorage.setItem(draftKey, JSON.stringify(all))
  const alert = restored
    ? <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('已恢复您上次在本机未提交的内容。', 'What you typed here last time is back.')}
        action={<Button size="small" onClick={discard}>{t('清空', 'Discard')}</Button>} />
    : null
  return { alert, keep }
}

export function Hint({ zh, en, example }: { zh: string; en: string; example?: string }) {
  const t = useT()
  return <span>{t(zh, en)}{example && <><br /><Typography.Text type="secondary">{t('例：', 'e.g. ')}{example}</Typography.Text></>}</span>
}

/** Free words, one per Enter (or separated by commas and 、). */
export const TagsInput = ({ label, ...rest }: { label: string; value?: string[]; onChange?: (v: string[]) => void }) =>
  <Select {...rest} mode="tags" tokenSeparators={[',', '，', '、']} open={false} suffixIcon={null} aria-label={label} />

export function VisibilityCard({ options }: { options: { value: string; zh: string; en: string }[] }) {
  const t = useT()
  return (
    <Card title={t('3. 谁能看到', '3. Who may see it')} style={{ marginBottom: 16 }}>
      <Form.Item name="visibility" rules={[{ required: true }]} style={{ marginBottom: 0 }}>
        <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 12 }} aria-label={t('公开范围', 'Visibility')}>
          {options.map((o) => <Radio key={o.value} value={o.value}>{t(o.zh, o.en)}</Radio>)}
        </Radio.Group>
      </Form.Item>
    </Card>
  )
}

/** 发布 / 保存为草稿 when new, 保存修改 when editing; `publishing.current` says which was pressed. */
export function SubmitButtons({ editing, submitting, publishing, publishLabel }: { editing: boolean; submitting: boolean; publishing: React.RefObject<boolean>; publishLabel: string }) {
  const { t } = useLanguage()
  return (
    <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
      {!editing && <Button type="primary" size="large" htmlType="submit" loading={submitting} onClick={() => { publishing.current = true }} style={{ flex: '1 1 160px' }}>{publishLabel}</Button>}
      <Button size="large" htmlType="submit" loading={submitting} onClick={() => { publishing.current = false }} style={{ flex: '1 1 160px' }} type={editing ? 'primary' : 'default'}>
        {editing ? t('保存修改', 'Save changes') : t('保存为草稿', 'Save as draft')}
      </Button>
    </div>
  )
}

export const usePublishing = () => useRef(false)
