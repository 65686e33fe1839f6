import { Link } from '@tanstack/react-router'
import { Button, Result } from 'antd'
import { useT } from '../i18n/language'

export function NotFoundPage() {
  const t = useT()
  return <Result status="404" title={t('没有这个页面', 'No such page')} subTitle={t('链接可能有误，或页面已移动。', 'The link may be wrong, or the page has moved.')} extra={<Link to="/"><Button type="primary">{t('回到工作台', 'Back home')}</Button></Link>} />
}
