import { CheckOutlined, CloseOutlined, RocketOutlined } from '@ant-design/icons'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { App, Button, Card, Form, Input, List, Modal, Select, Space, Tag } from 'antd'
import { useState } from 'react'
import { api, data, type Schemas } from '../../api/client'
import { useMe } from '../../api/queries'
import { formatDateTime } from '../../app/format'
import { useLanguage } from '../../i18n/language'
import { useCapabilities } from '../capabilities/capabilities.queries'
import { Muted } from '../common/text'

type Interest = Schemas['Interest']
const STATUS: Record<string, { zh: string; en: string; color: string }> = {
  pending: { zh: '待答复', en: 'Waiting', color: 'gold' }, accepted: { zh: '已接受', en: 'Accepted', color: 'green' }, declined: { zh: '已婉拒', en: 'Declined', color: 'default' },
}

export const interestsQuery = (needId: string) => ({ queryKey: ['interests', needId], queryFn: () => data(api.GET('/api/v1/interests', { params: { query: { needId } } })) })

/** 「我能解决」 on a need's page, for provider staff: offer one of the organisation's published capabilities, with a note. */
export function OfferButton({ needId }: { needId: string }) {
  const me = useMe().data!
  const { t } = useLanguage()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [open, setOpen] = useState(false)
  const [form] = Form.useForm<{ capabilityId: string; note: string }>()
  const mine = useCapabilities({ organizationId: me.organizationId ?? undefined, status: 'published' } as never)
  const offers = useQuery(interestsQuery(needId))
  const made = offers.data?.items ?? []
  const send = async () => {
    const values = await form.validateFields()
    try {
      await data(api.POST('/api/v1/needs/{id}/interests', { params: { path: { id: needId } }, body: values }))
      await queryClient.invalidateQueries({ queryKey: ['interests'] })
      message.success(t('已揭榜，需求方会收到通知', 'Sent; the enterprise is told'))
      setOpen(false)
      form.resetFields()
    } catch (e) { message.error((e as Error).message) }
  }
  return (
    <>
      <Space wrap>
        <Button type="primary" icon={<RocketOutlined aria-hidden />} onClick={() => setOpen(true)}>{t('我能解决', 'We can solve this')}</Button>
        {made.map((i) => <Tag key={i.id} color={STATUS[i.status]!.color}>{i.capabilityTitle}：{t(STATUS[i.status]!.zh, STATUS[i.status]!.en)}</Tag>)}
      </Space>
      <Modal open={open} title={t('我能解决（揭榜）', 'We can solve this')} onOk={() => void send()} onCancel={() => setOpen(false)} okText={t('发送', 'Send')} cancelText={t('取消', 'Cancel')}>
        <Form form={form} layout="vertical">
          <Form.Item name="capabilityId" label={t('以哪项服务能力', 'With which capability')} rules={[{ required: true, message: t('请选择服务能力', 'Choose a capability') }]}>
            <Select options={(mine.data?.items ?? []).filter((c) => !made.some((i) => i.capabilityId === c.id)).map((c) => ({ value: c.id, label: c.title }))} loading={mine.isPending}
              notFoundContent={t('没有可用的已发布服务能力', 'No published capability left to offer')} />
          </Form.Item>
          <Form.Item name="note" label={t('给需求方的话', 'A note to the enterprise')} rules={[{ required: true, message: t('请简单说明能做什么', 'Say briefly what you can do') }]}>
            <Input.TextArea rows={3} maxLength={1000} placeholder={t('例：我们为三家织厂做过在线验布改造。', 'e.g. We upgraded inspection at three mills.')} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  )
}

/** The offers a need received, for its enterprise and coordinators (shown once there is one): accepted ones become shortlisted pairs. */
export function OffersCard({ needId }: { needId: string }) {
  const { language, t } = useLanguage()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const offers = useQuery(interestsQuery(needId))
  const decide = async (i: Interest, status: 'accepted' | 'declined') => {
    try {
      await data(api.POST('/api/v1/interests/{id}/decision', { params: { path: { id: i.id } }, body: { status } }))
      await Promise.all(['interests', 'need', 'needs'].map((k) => queryClient.invalidateQueries({ queryKey: [k] })))
      message.success(status === 'accepted' ? t('已接受：科协会安排对接', 'Accepted: the association arranges a meeting') : t('已婉拒', 'Declined'))
    } catch (e) { message.error((e as Error).message) }
  }
  const items = offers.data?.items ?? []
  if (items.length === 0) return null
  return (
    <Card title={t(`服务方揭榜（${items.length}）`, `Providers’ offers (${items.length})`)} style={{ marginBottom: 16 }} loading={offers.isPending}>
      {(
        <List dataSource={items} renderItem={(i) => (
          <List.Item actions={i.status === 'pending' ? [
            <Button key="a" size="small" type="primary" icon={<CheckOutlined aria-hidden />} onClick={() => void decide(i, 'accepted')}>{t('接受', 'Accept')}</Button>,
            <Button key="d" size="small" icon={<CloseOutlined aria-hidden />} onClick={() => void decide(i, 'declined')}>{t('婉拒', 'Decline')}</Button>,
          ] : [<Tag key="s" color={STATUS[i.status]!.color}>{t(STATUS[i.status]!.zh, STATUS[i.status]!.en)}</Tag>]}>
            <List.Item.Meta title={`${i.providerName} ·「${i.capabilityTitle}」`} description={<>{i.note}<br /><Muted>{i.personName} · {formatDateTime(i.createdAt, language)}</Muted></>} />
          </List.Item>
        )} />
      )}
    </Card>
  )
}
