import { ApartmentOutlined, BarChartOutlined, CalendarOutlined, DashboardOutlined, FileAddOutlined, FileTextOutlined, LinkOutlined, LogoutOutlined, MailOutlined, ShopOutlined, ToolOutlined, TeamOutlined, TrophyOutlined, UserOutlined } from '@ant-design/icons'
import { useQueryClient } from '@tanstack/react-query'
import { Link, Outlet, useLocation, useNavigate } from '@tanstack/react-router'
import { App, Button, Grid, Layout, Popover, Result, Spin } from 'antd'
import { useEffect, type ReactNode } from 'react'
import { api, ApiProblem, signedOut } from '../api/client'
import { useMe, type Me } from '../api/queries'
import { useLanguage, type Language, type Translate } from '../i18n/language'
import { BRAND } from './Providers'
import { Muted } from '../features/common/text'

interface NavItem { to: string; zh: string; en: string; icon: ReactNode; phone?: false }

/** What each kind of user finds in the menu; the same order on a phone's tab bar. */
export function navigationFor(me: Me): NavItem[] {
  const common = { schedule: { to: '/schedule', zh: '我的日程', en: 'My sessions', icon: <CalendarOutlined /> }, org: { to: '/organization', zh: '我的机构', en: 'Organisation', icon: <TeamOutlined /> } }
  const home = { to: '/', zh: '工作台', en: 'Home', icon: <DashboardOutlined /> }
  if (me.role === 'enterprise') return [home, { to: '/needs', zh: '我的需求', en: 'My needs', icon: <FileTextOutlined /> }, { to: '/needs/new', zh: '发布需求', en: 'New need', icon: <FileAddOutlined /> }, common.schedule, common.org]
  if (me.role === 'provider') return [home, { to: '/hall', zh: '需求大厅', en: 'Needs', icon: <ShopOutlined /> }, { to: '/capabilities', zh: '服务能力', en: 'Capabilities', icon: <ToolOutlined /> }, common.schedule, common.org]
  // The coordinator's console; on a phone the tab bar keeps what is used away from the desk.
  return [
    home,
    { to: '/directory', zh: '机构与人员', en: 'Directory', icon: <ApartmentOutlined />, phone: false },
    { to: '/catalogue/needs', zh: '需求', en: 'Needs', icon: <FileTextOutlined />, phone: false },
    { to: '/catalogue/capabilities', zh: '服务能力', en: 'Capabilities', icon: <ToolOutlined />, phone: false },
    { to: '/matching', zh: '匹配', en: 'Matching', icon: <LinkOutlined /> },
    { to: '/events', zh: '对接活动', en: 'Events', icon: <CalendarOutlined /> },
    { to: '/outcomes', zh: '成果', en: 'Outcomes', icon: <TrophyOutlined />, phone: false },
    { to: '/figures', zh: '统计', en: 'Figures', icon: <BarChartOutlined /> },
    { to: '/mail', zh: '邮件', en: 'Mail', icon: <MailOutlined /> },
  ]
}

const isActive = (path: string, to: string) => (to === '/' ? path === '/' : path === to || (path.startsWith(`${to}/`) && !(to === '/needs' && path === '/needs/new')))

export function LanguageSwitch({ onChange }: { onChange?: (l: Language) => void }) {
  const { language, setLanguage } = useLanguage()
  const next = language === 'zh' ? 'en' : 'zh'
  return (
    <Button type="text" style={{ color: 'inherit' }} lang={next === 'en' ? 'en' : 'zh-CN'} aria-label={next === 'en' ? 'EN – switch to English' : '中文 – 切换到中文'}
      onClick={() => { setLanguage(next); onChange?.(next) }}>
      {next === 'en' ? 'EN' : '中文'}
    </Button>
  )
}

/** The frame of every signed-in page: who is signed in, the menu, and the page. */
export function Shell() {
  const me = useMe()
  const navigate = useNavigate()
  const location = useLocation()
  const { language, setLanguage, t } = useLanguage()

  // A sign-in that ends while the pages are open (expired, or signed out elsewhere) leads back to sign in.
  useEffect(() => {
    const away = () => { if (me.data) void navigate({ to: '/sign-in', search: { next: location.href } }) }
    signedOut.addEventListener('signed-out', away)
    return () => signedOut.removeEventListener('signed-out', away)
  }, [navigate, location.href, me.data])

  // A person's language follows them from device to device, unless this browser chose one.
  useEffect(() => {
    if (me.data && !localStorage.getItem('jinqiao.language') && me.data.language !== language) setLanguage(me.data.language)
  }, [me.data]) // eslint-disable-line react-hooks/exhaustive-deps

  // Sent to sign in once, from an effect: navigating while rendering re-renders this shell, which would navigate again.
  const signedOutNow = me.error instanceof ApiProblem && me.error.status === 401
  useEffect(() => {
    if (signedOutNow) void navigate({ to: '/sign-in', search: { next: location.href }, replace: true })
  }, [signedOutNow]) // eslint-disable-line react-hooks/exhaustive-deps

  if (me.isPending || signedOutNow) return <div style={{ display: 'grid', placeItems: 'center', minHeight: '100vh' }}><Spin size="large" tip={t('加载中…', 'Loading…')}><div style={{ padding: 40 }} /></Spin></div>
  if (me.error) {
    return <Result status="error" title={t('无法连接服务器', 'Cannot reach the server')} subTitle={me.error.message} extra={<Button onClick={() => me.refetch()}>{t('重试', 'Retry')}</Button>} />
  }
  const rememberLanguage = (l: Language) => void api.PATCH('/api/v1/people/{id}', { params: { path: { id: me.data.personId } }, body: { language: l } }).catch(() => undefined)
  return <Frame me={me.data} t={t} onLanguage={rememberLanguage} path={location.pathname} />
}

function Frame({ me, t, onLanguage, path }: { me: Me; t: Translate; onLanguage: (l: Language) => void; path: string }) {
  const screens = Grid.useBreakpoint()
  const phone = !screens.md
  const items = navigationFor(me)
  const tabs = items.filter((i) => i.phone !== false)
  const wide = me.role === 'coordinator'
  return (
    <Layout style={{ minHeight: '100vh', background: '#f5f5f5' }}>
      <a className="jq-skip" href="#main">{t('跳到正文', 'Skip to content')}</a>
      <Layout.Header className="jq-nav" style={{ background: BRAND, color: '#fff', display: 'flex', alignItems: 'center', gap: 16, padding: phone ? '0 12px' : '0 24px', position: 'sticky', top: 0, zIndex: 10 }}>
        <Link to="/" style={{ color: '#fff', fontWeight: 700, fontSize: 18, whiteSpace: 'nowrap' }} title={t('工作台', 'Home')}>金桥{phone ? '' : ' Jinqiao'}</Link>
        {!phone && (
          <nav aria-label={t('主菜单', 'Main menu')} className="jq-topnav" style={{ display: 'flex', gap: 2, flex: 1, minWidth: 0, overflowX: 'auto' }}>
            {items.map((item) => (
              <Link key={item.to} to={item.to} aria-current={isActive(path, item.to) ? 'page' : undefined}
                style={{ color: '#fff', padding: wide ? '0 10px' : '0 12px', lineHeight: '40px', borderRadius: 6, whiteSpace: 'nowrap', background: isActive(path, item.to) ? 'rgba(255,255,255,.18)' : undefined, fontWeight: isActive(path, item.to) ? 600 : 400 }}>
                <span aria-hidden>{item.icon}</span> {t(item.zh, item.en)}
              </Link>
            ))}
          </nav>
        )}
        {phone && <div style={{ flex: 1 }} />}
        <LanguageSwitch onChange={onLanguage} />
        <UserMenu me={me} t={t} phone={phone} />
      </Layout.Header>
      <Layout.Content id="main" tabIndex={-1} style={{ padding: phone ? '12px 12px 88px' : '24px', maxWidth: wide ? 1680 : 1200, width: '100%', margin: '0 auto', boxSizing: 'border-box' }}>
        <Outlet />
      </Layout.Content>
      {phone && (
        <nav className="jq-tabbar" aria-label={t('主菜单', 'Main menu')} style={{ position: 'fixed', bottom: 0, left: 0, right: 0, display: 'grid', gridTemplateColumns: `repeat(${tabs.length}, 1fr)`, background: '#fff', borderTop: '1px solid #e5e5e5', zIndex: 10, paddingBottom: 'env(safe-area-inset-bottom)' }}>
          {tabs.map((item) => (
            <Link key={item.to} to={item.to} aria-current={isActive(path, item.to) ? 'page' : undefined}
              style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 2, padding: '8px 0', fontSize: 12, color: isActive(path, item.to) ? BRAND : '#555', fontWeight: isActive(path, item.to) ? 600 : 400 }}>
              <span style={{ fontSize: 20 }} aria-hidden>{item.icon}</span>
              {t(item.zh, item.en)}
            </Link>
          ))}
        </nav>
      )}
    </Layout>
  )
}

function UserMenu({ me, t, phone }: { me: Me; t: Translate; phone: boolean }) {
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const leave = async (everywhere: boolean) => {
    // The sign-in client loads only when needed: it is not part of what every page downloads first.
    const { auth } = await import('../api/auth')
    if (everywhere) await auth.revokeSessions()
    await auth.signOut()
    queryClient.clear()
    message.success(everywhere ? t('已退出所有设备', 'Signed out on every device') : t('已退出登录', 'Signed out'))
    await navigate({ to: '/sign-in', search: {} })
  }
  return (
    // A popover of two buttons, not a Dropdown: the menu library is not worth its weight in every page's first download.
    <Popover trigger="click" placement="bottomRight" content={
      <div style={{ display: 'flex', flexDirection: 'column', gap: 4, minWidth: 180 }}>
        <div style={{ padding: '4px 8px' }}><strong>{me.name}</strong><br /><Muted>{me.organization?.name ?? t('科协工作人员', 'Coordinator')}</Muted></div>
        <Button type="text" block icon={<LogoutOutlined aria-hidden />} style={{ justifyContent: 'flex-start' }} onClick={() => void leave(false)}>{t('退出登录', 'Sign out')}</Button>
        <Button type="text" block icon={<LogoutOutlined aria-hidden />} style={{ justifyContent: 'flex-start' }} onClick={() => void leave(true)}>{t('退出所有设备', 'Sign out everywhere')}</Button>
      </div>
    }>
      <Button type="text" style={{ color: '#fff' }} icon={<UserOutlined />} aria-label={t(`账户：${me.name}`, `Account: ${me.name}`)}>{phone ? null : me.name}</Button>
    </Popover>
  )
}
