import { ReloadOutlined } from '@ant-design/icons'
import { useQueryClient } from '@tanstack/react-query'
import { App, Button, Card, Col, Input, Row, Select, Tag, Tooltip } from 'antd'
import { api, data, type Schemas } from '../../../api/client'
import { formatDateTime } from '../../../app/format'
import { PageTitle } from '../../../features/common/states'
import { Muted } from '../../../features/common/text'
import { CursorTable, useCursorList } from '../../../features/console/cursor-list'
import { useUrlFilters } from '../../../features/console/url-filters'
import { useLanguage } from '../../../i18n/language'
import { outboxList } from '../console.data'
import type { MAIL_FILTERS } from '../console-search'

type Message = Schemas['OutboxMessage']
type Key = (typeof MAIL_FILTERS)[number]

const STATUS: Record<string, { zh: string; en: string; color: string }> = {
  pending: { zh: '待发送', en: 'Pending', color: 'default' }, sending: { zh: '发送中', en: 'Sending', color: 'processing' }, sent: { zh: '已发送', en: 'Sent', color: 'green' },
  failed: { zh: '发送失败', en: 'Failed', color: 'red' }, superseded: { zh: '已被新版本取代', en: 'Superseded', color: 'default' },
}
const KIND: Record<string, { zh: string; en: string }> = {
  invite: { zh: '对接邀请', en: 'Invite' }, update: { zh: '改期通知', en: 'Update' }, cancellation: { zh: '取消通知', en: 'Cancellation' }, reminder: { zh: '会前提醒', en: 'Reminder' },
  follow_up: { zh: '会后回访', en: 'Follow-up' }, answer_digest: { zh: '答复汇总', en: 'Answer digest' }, invitation: { zh: '登录邀请', en: 'Sign-in invitation' }, password_reset: { zh: '重设密码', en: 'Password reset' }, sign_in_code: { zh: '登录验证码', en: 'Sign-in code' },
}

/** 邮件: the outbox — who each message went to, its status, attempts and last error; failed ones resent. */
export function OutboxPage() {
  const { language, t } = useLanguage()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [filters, set] = useUrlFilters<Key>()
  const { key, fetch } = outboxList(filters)
  const list = useCursorList(key, fetch)
  const resend = async (m: Message) => {
    try {
      await data(api.POST('/api/v1/outbox/{id}/resend', { params: { path: { id: m.id } } }))
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['outbox'] }), queryClient.invalidateQueries({ queryKey: ['todo'] })])
      message.success(t(`已重新排队，稍后发给 ${m.toEmail}`, `Queued again for ${m.toEmail}`))
    } catch (e) { message.error((e as Error).message) }
  }
  return (
    <>
      <PageTitle title={t('邮件', 'Mail')} sub={t('每封邮件的收件人、状态、尝试次数与最近的错误', 'Every message: recipient, status, attempts and the last error')}
        extra={<Button icon={<ReloadOutlined aria-hidden />} onClick={() => void list.refetch()}>{t('刷新', 'Refresh')}</Button>} />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Row gutter={[8, 8]}>
          <Col xs={24} md={10}><Input.Search allowClear defaultValue={filters.q} onSearch={(q) => set({ q: q.trim() || undefined })} placeholder={t('收件人或主题', 'Recipient or subject')} aria-label={t('搜索邮件', 'Search mail')} /></Col>
          <Col xs={12} md={7}><Select allowClear style={{ width: '100%' }} placeholder={t('状态', 'Status')} aria-label={t('按状态筛选', 'Filter by status')} value={filters.status} onChange={(status?: string) => set({ status })} options={Object.entries(STATUS).map(([value, s]) => ({ value, label: t(s.zh, s.en) }))} /></Col>
          <Col xs={12} md={7}><Select allowClear style={{ width: '100%' }} placeholder={t('类型', 'Kind')} aria-label={t('按类型筛选', 'Filter by kind')} value={filters.kind} onChange={(kind?: string) => set({ kind })} options={Object.entries(KIND).map(([value, k]) => ({ value, label: t(k.zh, k.en) }))} /></Col>
        </Row>
      </Card>
      <CursorTable<Message> list={list} rowKey={(m) => m.id} caption={t('发件箱', 'Outbox')} empty={filters.status === 'failed' ? t('没有发送失败的邮件', 'No failed mail') : t('没有邮件', 'No mail')}
        columns={[
          { title: t('收件人', 'To'), key: 'to', render: (_, m) => <>{m.toName}<br /><Muted>{m.toEmail}</Muted></> },
          { title: t('主题', 'Subject'), dataIndex: 'subject' },
          { title: t('类型', 'Kind'), dataIndex: 'kind', render: (k: string) => t(KIND[k]?.zh ?? k, KIND[k]?.en ?? k) },
          { title: t('状态', 'Status'), dataIndex: 'status', render: (s: string) => <Tag color={STATUS[s]!.color}>{t(STATUS[s]!.zh, STATUS[s]!.en)}</Tag> },
          { title: t('尝试', 'Attempts'), dataIndex: 'attempts' },
          { title: t('最近错误', 'Last error'), dataIndex: 'lastError', render: (e: string | null) => (e ? <Tooltip title={e}><span style={{ color: '#b3261e' }}>{e.length > 60 ? `${e.slice(0, 60)}…` : e}</span></Tooltip> : null) },
          { title: t('时间', 'When'), key: 'when', render: (_, m) => formatDateTime(m.sentAt ?? m.createdAt, language) },
          { title: t('操作', 'Actions'), key: 'do', render: (_, m) => (m.status === 'failed' ? <Button size="small" type="primary" onClick={() => void resend(m)}>{t('重发', 'Resend')}</Button> : null) },
        ]} />
    </>
  )
}
