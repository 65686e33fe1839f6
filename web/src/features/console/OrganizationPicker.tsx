import { useQuery } from '@tanstack/react-query'
import { Select } from 'antd'
import { useState } from 'react'
import { api, data } from '../../api/client'

/** Finds an organisation of a kind by part of its name (the API's own filter), keeping the chosen one's name. */
export function OrganizationPicker({ kind, value, onChange, label, placeholder, id }: { kind: 'enterprise' | 'provider'; value?: string | undefined; onChange?: (id: string | undefined) => void; label: string; placeholder?: string; id?: string }) {
  const [q, setQ] = useState('')
  const found = useQuery({ queryKey: ['organizations', 'pick', kind, q], queryFn: () => data(api.GET('/api/v1/organizations', { params: { query: { kind, limit: 20, ...(q ? { q } : {}) } } })) })
  const chosen = useQuery({ queryKey: ['organization', value], enabled: !!value, queryFn: () => data(api.GET('/api/v1/organizations/{id}', { params: { path: { id: value! } } })) })
  const options = [...(chosen.data ? [chosen.data] : []), ...(found.data?.items ?? []).filter((o) => o.id !== value)].map((o) => ({ value: o.id, label: o.name }))
  return (
    <Select id={id} showSearch={{ filterOption: false, onSearch: (text: string) => setQ(text.trim()) }} allowClear value={value} onChange={(v?: string) => onChange?.(v)} options={options}
      loading={found.isFetching} aria-label={label} placeholder={placeholder} style={{ width: '100%' }} />
  )
}
