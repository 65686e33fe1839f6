import { App as AntApp, ConfigProvider } from 'antd'
import enUS from 'antd/locale/en_US'
import zhCN from 'antd/locale/zh_CN'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import type { ReactNode } from 'react'
import { useLanguage } from '../i18n/language'

export const BRAND = '#8c1d18'

/** Ant Design in the reader's language, in the association's colour. */
export function Providers({ children }: { children: ReactNode }) {
  const { language } = useLanguage()
  dayjs.locale(language === 'zh' ? 'zh-cn' : 'en')
  return (
    <ConfigProvider
      locale={language === 'zh' ? zhCN : enUS}
      button={{ autoInsertSpace: false }} // 「登录」, not 「登 录」: screen readers read the word
      // Secondary text, hints, placeholders, danger and warning darker than Ant Design's own, to reach WCAG AA contrast (4.5:1).
      theme={{ token: { colorTextSecondary: 'rgba(0,0,0,0.66)', colorTextDescription: 'rgba(0,0,0,0.66)', colorTextTertiary: 'rgba(0,0,0,0.58)', colorTextPlaceholder: 'rgba(0,0,0,0.58)', colorError: '#c41d1d', colorWarning: '#ad6800', colorWarningText: '#ad6800', colorErrorText: '#c41d1d', colorPrimary: BRAND, colorLink: BRAND, fontSize: 15, borderRadius: 8, fontFamily: 'system-ui, -apple-system, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif' } }}
    >
      {/* Messages below the header, never over the menu. */}
      <AntApp message={{ top: 72, maxCount: 2 }}>{children}</AntApp>
    </ConfigProvider>
  )
}
