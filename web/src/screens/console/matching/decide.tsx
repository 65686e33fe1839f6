import { useQueryClient } from '@tanstack/react-query'
import { App, Input } from 'antd'
import { api, data } from '../../../api/client'
import { useT } from '../../../i18n/language'

export type Decision = 'shortlisted' | 'accepted' | 'rejected'
export interface Pair { needId: string; capabilityId: string }

/**
 * Decides many pairs at once, all or nothing. A rejection asks for a note (why, for the record);
 * every decision can be taken back by deciding again, so none asks beyond that.
 */
export function useDecide() {
  const t = useT()
  const { message, modal } = App.useApp()
  const queryClient = useQueryClient()
  const send = async (pairs: Pair[], status: Decision, note?: string) => {
    try {
      await data(api.POST('/api/v1/matches/bulk', { body: { decisions: pairs.map((p) => ({ ...p, status, ...(note ? { note } : {}) })) } }))
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['need'] }), queryClient.invalidateQueries({ queryKey: ['needs'] }), queryClient.invalidateQueries({ queryKey: ['matching'] })])
      const word = status === 'shortlisted' ? t('入围', 'shortlisted') : status === 'accepted' ? t('采纳', 'accepted') : t('否决', 'rejected')
      message.success(t(`已${word} ${pairs.length} 对`, `${pairs.length} pairs ${word}`))
      return true
    } catch (e) { message.error((e as Error).message); return false }
  }
  return (pairs: Pair[], status: Decision) => {
    if (status !== 'rejected') return send(pairs, status)
    let note = ''
    return new Promise<boolean>((resolve) => modal.confirm({
      title: t(`否决 ${pairs.length} 对匹配？`, `Reject ${pairs.length} pairs?`),
      content: <><p>{t('否决的组合不再推荐；可随时改为入围。', 'Rejected pairs are no longer suggested; you can shortlist them again.')}</p>
        <Input.TextArea aria-label={t('否决原因', 'Why')} placeholder={t('原因（可选，记入记录）', 'Why (optional, kept)')} maxLength={500} onChange={(e) => { note = e.target.value }} /></>,
      okText: t('否决', 'Reject'), okButtonProps: { danger: true }, cancelText: t('取消', 'Cancel'),
      onOk: async () => resolve(await send(pairs, 'rejected', note.trim() || undefined)),
      onCancel: () => resolve(false),
    }))
  }
}
