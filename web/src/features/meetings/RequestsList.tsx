import { Link } from '@tanstack/react-router'
import { App, Button, Form, Input, List, Modal, Select, Space, Tag } from 'antd'
import { useState } from 'react'
import { api, data } from '../../api/client'
import { formatDateTime, formatDay, formatTime } from '../../app/format'
import { useLanguage } from '../../i18n/language'
import { Muted } from '../common/text'
import { REQUEST_STATUS, useRefreshMeetings, type MeetingRequest } from './meetings.queries'

// The meeting requests of one event as a participant sees them: those received, answered here
// (accepting may ask which of one's own records the meeting is about), and those sent, withdrawn
// here while unanswered. Each shows its session once the coordinator has placed it.

type Own = { id: string; title: string }

export function RequestsList({ items, eventId, ownRecords, timeZone, kind }: { items: MeetingRequest[]; eventId: string; ownRecords: Own[]; timeZone: string; kind: 'enterprise' | 'provider' }) {
  const { language, t } = useLanguage()
  const { message } = App.useApp()
  const refresh = useRefreshMeetings(eventId)
  const [answering, setAnswering] = useState<MeetingRequest | null>(null)
  const act = async (work: () => Promise<unknown>, done: string) => {
    try { await work(); await refresh(); message.success(done) } catch (e) { message.error((e as Error).message) }
  }
  const withdraw = (r: MeetingRequest) => act(() => data(api.POST('/api/v1/meeting-requests/{id}/withdraw', { params: { path: { id: r.id } } })), t('已撤回', 'Withdrawn'))
  const decline = (r: MeetingRequest) => act(() => data(api.POST('/api/v1/meeting-requests/{id}/answer', { params: { path: { id: r.id } }, body: { answer: 'declined' } })), t('已谢绝，对方会收到通知', 'Declined; they are told'))
  const who = (r: MeetingRequest) => (r.direction === 'incoming' ? r.from.name : (r.to.name ?? t('（匿名需求的发布方）', '(the owner of an anonymous need)')))
  const topic = (r: MeetingRequest) => [r.need && `${t('需求', 'Need')}「${r.need.title}」`, r.capability && `${t('服务能力', 'Capability')}「${r.capability.title}」`].filter(Boolean).join(' · ')
  return (
    <>
      <List dataSource={items} locale={{ emptyText: t('还没有约见', 'No requests yet') }} renderItem={(r) => {
        const status = REQUEST_STATUS[r.status]
        const actions = r.status !== 'pending' ? [] : r.direction === 'incoming'
          ? [<Button key="yes" type="primary" onClick={() => setAnswering(r)}>{t('接受', 'Accept')}</Button>, <Button key="no" onClick={() => void decline(r)}>{t('谢绝', 'Decline')}</Button>]
          : [<Button key="back" onClick={() => void withdraw(r)}>{t('撤回', 'Withdraw')}</Button>]
        return (
          <List.Item>
            <List.Item.Meta
              title={<Space wrap size={4}><span>{r.direction === 'incoming' ? t('来自', 'From') : t('发给', 'To')} {who(r)}</span><Tag color={status.color}>{t(status.zh, status.en)}</Tag></Space>}
              description={<>
                <div>{topic(r)}</div>
                <div>「{r.message}」<Muted> — {r.requestedByName}，{formatDateTime(r.createdAt, language)}</Muted></div>
                {r.answerNote && <div>{t('答复：', 'Answer: ')}{r.answerNote}</div>}
                {r.session
                  ? <div><strong>{t('已排入：', 'Scheduled: ')}{formatDay(r.session.startsAt, timeZone, language)} {formatTime(r.session.startsAt, timeZone)}–{formatTime(r.session.endsAt, timeZone)}{r.session.tableName ? ` · ${t('桌位', 'table')} ${r.session.tableName}` : ''}</strong> <Link to="/schedule">{t('查看日程', 'See my sessions')}</Link></div>
                  : r.status === 'accepted' && <Muted>{t('双方已同意，等待科协排入日程', 'Both agreed; the association will place it')}</Muted>}
                {actions.length > 0 && <Space wrap style={{ marginTop: 8 }}>{actions}</Space>}
              </>} />
          </List.Item>
        )
      }} />
      {answering && <AcceptModal request={answering} ownRecords={ownRecords} kind={kind} onClose={() => setAnswering(null)}
        onAccept={(body) => act(() => data(api.POST('/api/v1/meeting-requests/{id}/answer', { params: { path: { id: answering.id } }, body: { answer: 'accepted', ...body } })), t('已接受：科协会排入对接日程', 'Accepted: the association will schedule it')).then(() => setAnswering(null))} />}
    </>
  )
}

function AcceptModal({ request, ownRecords, kind, onClose, onAccept }: { request: MeetingRequest; ownRecords: Own[]; kind: 'enterprise' | 'provider'; onClose: () => void; onAccept: (body: { note?: string; needId?: string; capabilityId?: string }) => Promise<void> }) {
  const { t } = useLanguage()
  const [form] = Form.useForm<{ recordId?: string; note?: string }>()
  const named = kind === 'enterprise' ? request.need?.id : request.capability?.id
  const field = kind === 'enterprise' ? 'needId' : 'capabilityId'
  const submit = async () => {
    const { recordId, note } = await form.validateFields()
    await onAccept({ ...(recordId ? { [field]: recordId } : {}), ...(note?.trim() ? { note: note.trim() } : {}) })
  }
  return (
    <Modal open title={t(`接受 ${request.from.name} 的约见`, `Accept ${request.from.name}’s request`)} onOk={() => void submit()} onCancel={onClose} okText={t('接受', 'Accept')} cancelText={t('取消', 'Cancel')}>
      <Form form={form} layout="vertical" initialValues={{ recordId: named ?? (ownRecords.length === 1 ? ownRecords[0]!.id : undefined) }}>
        <Form.Item name="recordId" label={kind === 'enterprise' ? t('对接哪项需求', 'About which of your needs') : t('以哪项服务能力对接', 'With which of your capabilities')}
          rules={[{ required: true, message: t('请选择', 'Choose one') }]}>
          <Select options={ownRecords.map((r) => ({ value: r.id, label: r.title }))} />
        </Form.Item>
        <Form.Item name="note" label={t('给对方的话（选填）', 'A note to them (optional)')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
