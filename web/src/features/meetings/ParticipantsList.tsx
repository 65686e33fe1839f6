import { SendOutlined } from '@ant-design/icons'
import { App, Button, Form, Input, List, Modal, Select, Space, Tag } from 'antd'
import { useState } from 'react'
import { api, data } from '../../api/client'
import { useLanguage } from '../../i18n/language'
import { Muted } from '../common/text'
import { PREFERENCE, useRefreshMeetings, type MeetingRequest, type Participants, type Preference } from './meetings.queries'

// The other side at an event: each organisation with what it offers or needs, whether the association
// already paired it with us, our preference about it (the scheduler honours it), and a request to meet.
// Records shown as a summary only are listed apart, without their owner.

type Own = { id: string; title: string }
type Target = { organizationId?: string; name: string; recordId?: string; records: Participants['anonymous'] }

export function ParticipantsList({ eventId, participants, requests, ownRecords, kind, closed }: { eventId: string; participants: Participants; requests: MeetingRequest[]; ownRecords: Own[]; kind: 'enterprise' | 'provider'; closed: boolean }) {
  const { t } = useLanguage()
  const { message } = App.useApp()
  const refresh = useRefreshMeetings(eventId)
  const [target, setTarget] = useState<Target | null>(null)
  const open = (organizationId: string) => requests.find((r) => ['pending', 'accepted'].includes(r.status) && (r.from.organizationId === organizationId || r.to.organizationId === organizationId))
  const prefer = async (counterpartId: string, preference: Preference) => {
    try {
      await data(api.PUT('/api/v1/events/{id}/preferences', { params: { path: { id: eventId } }, body: { counterpartId, preference } }))
      await refresh()
      message.success(t(`已设为「${PREFERENCE[preference].zh}」，排程会照此安排`, `Set to “${PREFERENCE[preference].en}”; the scheduler follows it`))
    } catch (e) { message.error((e as Error).message) }
  }
  const ordered = [...participants.organizations].sort((a, b) => Number(b.paired) - Number(a.paired))
  return (
    <>
      <List dataSource={ordered} locale={{ emptyText: t('暂无另一方的受邀机构', 'Nobody of the other side is invited yet') }} renderItem={(o) => {
        const pending = open(o.organizationId)
        return (
          <List.Item>
            <List.Item.Meta
              title={<Space wrap size={4}><span>{o.name}</span>{o.paired && <Tag color="blue">{t('科协推荐', 'Suggested')}</Tag>}{o.county && <Muted>{o.county}</Muted>}</Space>}
              description={<>
                <div>{o.records.length ? o.records.map((r) => r.title).join('；') : t('暂无公开的记录', 'Nothing public yet')}</div>
                <Space wrap style={{ marginTop: 8 }}>
                  <Select aria-label={t(`对 ${o.name} 的意愿`, `Your preference about ${o.name}`)} placeholder={t('意愿', 'Preference')} style={{ width: 128 }} value={o.preference ?? undefined} disabled={closed}
                    onChange={(v: Preference) => void prefer(o.organizationId, v)} options={(Object.keys(PREFERENCE) as Preference[]).map((p) => ({ value: p, label: t(PREFERENCE[p].zh, PREFERENCE[p].en) }))} />
                  {pending
                    ? <Muted>{pending.status === 'accepted' ? t('已约定', 'Agreed') : t('约见待答复', 'Request waiting')}</Muted>
                    : <Button icon={<SendOutlined aria-hidden />} disabled={closed} onClick={() => setTarget({ organizationId: o.organizationId, name: o.name, records: o.records })}>{t('约见', 'Ask to meet')}</Button>}
                </Space>
              </>} />
          </List.Item>
        )
      }} />
      {participants.anonymous.length > 0 && (
        <>
          <p style={{ margin: '16px 0 4px' }}><strong>{kind === 'provider' ? t('未公开企业名称的需求', 'Needs whose enterprise is not shown') : t('未公开机构名称的服务能力', 'Capabilities whose provider is not shown')}</strong></p>
          <List dataSource={participants.anonymous} renderItem={(r) => (
            <List.Item actions={[<Button key="req" icon={<SendOutlined aria-hidden />} disabled={closed} onClick={() => setTarget({ name: r.title, recordId: r.id, records: [r] })}>{t('约见', 'Ask to meet')}</Button>]}>
              {r.title}
            </List.Item>
          )} />
        </>
      )}
      {target && <RequestModal eventId={eventId} target={target} ownRecords={ownRecords} kind={kind} onClose={() => setTarget(null)} onSent={async () => { setTarget(null); await refresh() }} />}
    </>
  )
}

function RequestModal({ eventId, target, ownRecords, kind, onClose, onSent }: { eventId: string; target: Target; ownRecords: Own[]; kind: 'enterprise' | 'provider'; onClose: () => void; onSent: () => Promise<void> }) {
  const { t } = useLanguage()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ ownId: string; theirId?: string; message: string }>()
  const [sending, setSending] = useState(false)
  const send = async () => {
    const v = await form.validateFields()
    const [mine, theirs] = kind === 'enterprise' ? (['needId', 'capabilityId'] as const) : (['capabilityId', 'needId'] as const)
    setSending(true)
    try {
      await data(api.POST('/api/v1/events/{id}/meeting-requests', { params: { path: { id: eventId } }, body: { [mine]: v.ownId, ...(v.theirId ? { [theirs]: v.theirId } : {}), ...(target.organizationId ? { counterpartId: target.organizationId } : {}), message: v.message } }))
      message.success(t('约见已发出，对方会收到邮件', 'Sent; they get an e-mail'))
      await onSent()
    } catch (e) { message.error((e as Error).message) } finally { setSending(false) }
  }
  return (
    <Modal open title={t(`约见：${target.name}`, `Ask to meet: ${target.name}`)} onOk={() => void send()} okButtonProps={{ loading: sending }} onCancel={onClose} okText={t('发送', 'Send')} cancelText={t('取消', 'Cancel')}>
      <Form form={form} layout="vertical" initialValues={{ ownId: ownRecords.length === 1 ? ownRecords[0]!.id : undefined, theirId: target.recordId ?? (target.records.length === 1 ? target.records[0]!.id : undefined) }}>
        <Form.Item name="ownId" label={kind === 'enterprise' ? t('关于本机构哪项需求', 'About which of your needs') : t('以本机构哪项服务能力', 'With which of your capabilities')} rules={[{ required: true, message: t('请选择', 'Choose one') }]}
          extra={ownRecords.length === 0 ? (kind === 'enterprise' ? t('请先发布一项需求', 'Publish a need first') : t('请先发布一项服务能力', 'Publish a capability first')) : undefined}>
          <Select options={ownRecords.map((r) => ({ value: r.id, label: r.title }))} />
        </Form.Item>
        {target.records.length > 0 && (
          <Form.Item name="theirId" label={kind === 'enterprise' ? t('对方的哪项服务能力（选填）', 'Which of their capabilities (optional)') : t('对方的哪项需求（选填）', 'Which of their needs (optional)')}>
            <Select allowClear disabled={!!target.recordId} options={target.records.map((r) => ({ value: r.id, label: r.title }))} />
          </Form.Item>
        )}
        <Form.Item name="message" label={t('留言', 'Message')} rules={[{ required: true, whitespace: true, message: t('请写一句想谈什么', 'Say what you would like to discuss') }]}>
          <Input.TextArea rows={3} maxLength={1000} placeholder={t('例：想了解贵院在线验布系统的改造周期与费用。', 'e.g. We would like to hear how long an upgrade takes and what it costs.')} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
