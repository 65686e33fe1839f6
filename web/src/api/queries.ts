import { useQuery } from '@tanstack/react-query'
import { api, data, type Schemas } from './client'
import type { Language } from '../i18n/language'

export type Me = Schemas['Me']

export const meQuery = { queryKey: ['me'], queryFn: () => data(api.GET('/api/v1/me')), staleTime: 60_000, retry: false } as const
export const useMe = () => useQuery(meQuery)

export type Vocabularies = Awaited<ReturnType<typeof fetchVocabularies>>
const fetchVocabularies = () => data(api.GET('/api/v1/vocabularies'))
export const vocabulariesQuery = { queryKey: ['vocabularies'], queryFn: fetchVocabularies, staleTime: 10 * 60_000 } as const
export const useVocabularies = () => useQuery(vocabulariesQuery)

/** The label of a code in the reader's language, or the code itself when the list does not know it. */
export function labelOf(list: { code: string; zh: string; en: string }[] | undefined, code: string | null | undefined, language: Language) {
  const term = list?.find((t) => t.code === code)
  return term ? term[language] : (code ?? '')
}

/** Choices for a Select from a vocabulary. */
export const choices = (list: { code: string; zh: string; en: string }[] | undefined, language: Language) =>
  (list ?? []).map((t) => ({ value: t.code, label: t[language] }))
