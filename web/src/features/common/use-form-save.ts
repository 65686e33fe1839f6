import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query'
import type { FormInstance } from 'antd'
import { useState } from 'react'
import { showFieldErrors } from './field-errors'

// Saving a guided form, the same for every record: the draft kept in this browser is dropped once
// saved, the lists it changes are refetched, and the API's field errors land at their fields.

interface Options<V, A, R> {
  form: FormInstance<V>
  fields: readonly string[]
  rename?: Record<string, string>
  draftKey: string
  invalidate: QueryKey[]
  save: (args: A) => Promise<R>
  done: (result: R, args: A) => Promise<unknown> | void
}

export function useFormSave<V, A, R>({ form, fields, rename, draftKey, invalidate, save, done }: Options<V, A, R>) {
  const queryClient = useQueryClient()
  const [error, setError] = useState<string | null>(null)
  const mutation = useMutation({
    mutationFn: save,
    onSuccess: async (result, args) => {
      localStorage.removeItem(draftKey)
      for (const queryKey of invalidate) await queryClient.invalidateQueries({ queryKey })
      await done(result, args)
    },
    onError: (e) => setError(showFieldErrors(form, e, fields, rename)),
  })
  return { error, submitting: mutation.isPending, submit: (args: A) => { setError(null); mutation.mutate(args) } }
}
