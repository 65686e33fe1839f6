import { useQuery } from '@tanstack/react-query'
import { Select } from 'antd'
import { useState } from 'react'
import { api, data } from '../../../api/client'
import { useLanguage } from '../../../i18n/language'

/** Finds a need by any words of its title or text (the API's own search), keeping the chosen one's title. */
export function NeedPicker({ needId, onChange }: { needId?: string | undefined; onChange: (id: string | undefined) => void }) {
  const { t } = useLanguage()
  const [q, setQ] = useState('')
  const found = useQuery({ queryKey: ['needs', 'pick', q], queryFn: () => data(api.GET('/api/v1/needs', { params: { query: { limit: 20, ...(q ? { q } : {}) } as never } })) })
  const chosen = useQuery({ queryKey: ['need', needId], enabled: !!needId, queryFn: () => data(api.GET('/api/v1/needs/{id}', { params: { path: { id: needId! } } })) })
  const options = [...(chosen.data ? [chosen.data] : []), ...(found.data?.items ?? []).filter((n) => n.id !== needId)].map((n) => ({ value: n.id, label: `${n.title}（${n.county}）` }))
  return (
    <Select showSearch={{ filterOption: false, onSearch: (text: string) => setQ(text.trim()) }} allowClear value={needId} onChange={onChange} options={options} loading={found.isFetching}
      placeholder={t('输入需求标题中的词查找', 'Type words of a need’s title')} aria-label={t('选择技术需求', 'Choose a need')} style={{ width: '100%', maxWidth: 640 }} />
  )
}
