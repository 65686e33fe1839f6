import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'

// Chinese first, English beside: every text is written in both where it is used, and a switch
// picks one. The choice is remembered in the browser and, once signed in, on the person (the
// language of their e-mails too).

export type Language = 'zh' | 'en'
export type Translate = (zh: string, en: string) => string

const STORAGE_KEY = 'jinqiao.language'

function initialLanguage(): Language {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY)
  return saved === 'en' || saved === 'zh' ? saved : 'zh'
}

interface LanguageState { language: Language; setLanguage: (l: Language) => void; t: Translate }

const LanguageContext = createContext<LanguageState | null>(null)

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setState] = useState<Language>(initialLanguage)
  const setLanguage = useCallback((l: Language) => {
    globalThis.localStorage?.setItem(STORAGE_KEY, l)
    document.documentElement.lang = l === 'zh' ? 'zh-CN' : 'en'
    setState(l)
  }, [])
  const value = useMemo<LanguageState>(() => ({ language, setLanguage, t: (zh, en) => (language === 'zh' ? zh : en) }), [language, setLanguage])
  return <LanguageContext value={value}>{children}</LanguageContext>
}

export function useLanguage() {
  const state = useContext(LanguageContext)
  if (!state) throw new Error('useLanguage outside LanguageProvider')
  return state
}

export const useT = () => useLanguage().t
