import { Alert, Button, Card, Empty, Skeleton } from 'antd'
import type { ReactNode } from 'react'
import { ApiProblem } from '../../api/client'
import { useT } from '../../i18n/language'
import { Heading, Muted } from './text'

/** A page's heading, with what can be done from here beside it. */
export function PageTitle({ title, extra, sub }: { title: string; extra?: ReactNode; sub?: ReactNode }) {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 12, margin: '4px 0 16px' }}>
      <div style={{ flex: '1 1 240px', minWidth: 0 }}>
        <Heading level={1}>{title}</Heading>
        {sub && <Muted>{sub}</Muted>}
      </div>
      {extra}
    </div>
  )
}

export function Loading({ rows = 3 }: { rows?: number }) {
  const t = useT()
  return <Card aria-busy="true" aria-label={t('加载中', 'Loading')}><Skeleton active paragraph={{ rows }} /></Card>
}

/** An API problem in the words the server chose (its Chinese `detail`), with a way to try again. */
export function ProblemAlert({ error, retry }: { error: unknown; retry?: () => void }) {
  const t = useT()
  const detail = error instanceof ApiProblem ? error.message : t('网络连接失败，请检查网络后重试', 'The network failed; check the connection and retry')
  const title = error instanceof ApiProblem && error.status === 404 ? t('找不到，或您无权查看', 'Not found, or not yours to see') : t('出错了', 'Something went wrong')
  return <Alert type="error" showIcon role="alert" title={title} description={detail} action={retry && <Button size="small" onClick={retry}>{t('重试', 'Retry')}</Button>} />
}

export function EmptyState({ text, action }: { text: string; action?: ReactNode }) {
  return <Card><Empty description={text}>{action}</Empty></Card>
}

/** Loading, error or the content: the three states every list and page goes through. */
export function QueryState<T>({ query, children, rows }: { query: { isPending: boolean; error: unknown; data: T | undefined; refetch: () => unknown }; children: (data: T) => ReactNode; rows?: number }) {
  if (query.isPending) return <Loading {...(rows ? { rows } : {})} />
  if (query.error) return <ProblemAlert error={query.error} retry={() => void query.refetch()} />
  return <>{children(query.data as T)}</>
}
