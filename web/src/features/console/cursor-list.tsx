import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query'
import { Button, Table, type TableProps } from 'antd'
import type { Key, ReactNode } from 'react'
import { useT } from '../../i18n/language'
import { ProblemAlert } from '../common/states'
import { Muted } from '../common/text'

// Every console list reads the API a page at a time through its cursor: the first page shows at
// once, the next comes on "加载更多", and a changed filter keeps the old rows until the new arrive.

export interface CursorPage<T> { items: T[]; nextCursor: string | null }

export function useCursorList<T>(key: readonly unknown[], fetchPage: (cursor: string | undefined) => Promise<CursorPage<T>>, enabled = true) {
  return useInfiniteQuery({
    queryKey: key,
    enabled,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  })
}

type CursorList<T> = ReturnType<typeof useCursorList<T>>

/** A table over a cursor list: loading, error and empty states designed once, and the way to the next page. */
export function CursorTable<T extends object>({ list, columns, rowKey, empty, selection, caption, expandable }: {
  list: CursorList<T>
  columns: TableProps<T>['columns']
  rowKey: (row: T) => string
  empty: ReactNode
  selection?: { selected: Key[]; onChange: (keys: Key[]) => void; disabled?: (row: T) => boolean }
  caption: string
  expandable?: TableProps<T>['expandable']
}) {
  const t = useT()
  if (list.error && !list.data) return <ProblemAlert error={list.error} retry={() => void list.refetch()} />
  const rows = list.data?.pages.flatMap((p) => p.items) ?? []
  return (
    <>
      <Table<T>
        aria-label={caption}
        size="middle"
        rowKey={rowKey}
        dataSource={rows}
        columns={columns}
        loading={list.isPending || (list.isFetching && !list.isFetchingNextPage)}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: list.isPending ? ' ' : empty }}
        {...(expandable ? { expandable } : {})}
        {...(selection ? { rowSelection: { selectedRowKeys: selection.selected, onChange: (keys: Key[]) => selection.onChange(keys), preserveSelectedRowKeys: true, ...(selection.disabled ? { getCheckboxProps: (row: T) => ({ disabled: selection.disabled!(row), 'aria-label': t('选择此行', 'Select this row') }) } : { getCheckboxProps: () => ({ 'aria-label': t('选择此行', 'Select this row') }) }) } } : {})}
      />
      <div style={{ textAlign: 'center', marginTop: 12 }}>
        {list.hasNextPage
          ? <Button loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>{t(`加载更多（已显示 ${rows.length} 条）`, `Load more (${rows.length} shown)`)}</Button>
          : rows.length > 0 && <Muted>{t(`共 ${rows.length} 条`, `${rows.length} in all`)}</Muted>}
      </div>
    </>
  )
}
