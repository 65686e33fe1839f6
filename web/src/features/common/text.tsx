import { theme } from 'antd'
import type { CSSProperties, ReactNode } from 'react'

// Headings and secondary text for the pages everyone opens first (the shell, the 工作台, a
// session's card). Ant Design's Typography would do, but it brings its in-place editor — a
// textarea and the whole form library — into the first download.

export function Heading({ level, children, style, id }: { level: 1 | 2; children: ReactNode; style?: CSSProperties; id?: string }) {
  const { token } = theme.useToken()
  const Tag = level === 1 ? 'h1' : 'h2'
  return <Tag id={id} style={{ margin: level === 1 ? 0 : '0 0 12px', fontWeight: 600, lineHeight: 1.4, color: token.colorTextHeading, fontSize: level === 1 ? 22 : 18, ...style }}>{children}</Tag>
}

export function Muted({ children, style }: { children: ReactNode; style?: CSSProperties }) {
  const { token } = theme.useToken()
  return <span style={{ color: token.colorTextSecondary, ...style }}>{children}</span>
}
