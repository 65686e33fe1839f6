import { DownloadOutlined, InboxOutlined } from '@ant-design/icons'
import { useQueryClient } from '@tanstack/react-query'
import { Alert, App, Button, Card, Radio, Space, Statistic, Table, Tag, Upload } from 'antd'
import { useState } from 'react'
import { ApiProblem } from '../../../api/client'
import { PageTitle } from '../../../features/common/states'
import { Muted } from '../../../features/common/text'
import { useLanguage } from '../../../i18n/language'

type Kind = 'organizations' | 'needs' | 'capabilities'
interface RowResult { row: number; title: string; action: 'create' | 'update' | 'reject'; id?: string; errors?: { path: string; message: string }[] }
interface Result { dryRun: boolean; created: number; updated: number; rejected: number; rows: RowResult[] }

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

async function upload(kind: Kind, file: File, dryRun: boolean, skipBadRows: boolean): Promise<Result> {
  // The file goes as it is: the server reads .xlsx or .csv (UTF-8 or GBK) and says what each row would do.
  const type = file.name.toLowerCase().endsWith('.csv') ? 'text/csv' : XLSX
  const response = await fetch(`/api/v1/imports/${kind}?dryRun=${dryRun}&skipBadRows=${skipBadRows}`, { method: 'POST', headers: { 'content-type': type }, body: file, credentials: 'same-origin' })
  const body = await response.json().catch(() => null)
  if (!response.ok) throw new ApiProblem(response.status, body)
  return body as Result
}

/** 导入: a file is checked row by row first (试运行), shown as a table, and imported only when the coordinator says so. */
export function ImportPage() {
  const { t } = useLanguage()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [kind, setKind] = useState<Kind>('organizations')
  const [file, setFile] = useState<File | null>(null)
  const [result, setResult] = useState<Result | null>(null)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const run = async (f: File, dryRun: boolean, skip = false) => {
    setBusy(true); setProblem(null)
    try {
      const r = await upload(kind, f, dryRun, skip)
      setResult(r)
      if (!dryRun) {
        await queryClient.invalidateQueries()
        message.success(t(`已导入：新建 ${r.created}，更新 ${r.updated}`, `Imported: ${r.created} created, ${r.updated} updated`))
      }
    } catch (e) { setProblem((e as Error).message); setResult(null) } finally { setBusy(false) }
  }
  const names = { organizations: t('机构', 'organisations'), needs: t('技术需求', 'needs'), capabilities: t('服务能力', 'capabilities') }
  return (
    <>
      <PageTitle title={t('从 Excel 导入', 'Import from Excel')} sub={t('先试运行，逐行看将要新建、更新或拒绝的内容，确认后再导入', 'A dry run first: see what each row would do, then import')} />
      <Card style={{ marginBottom: 16 }}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Space wrap>
            <Radio.Group value={kind} onChange={(e) => { setKind(e.target.value); setResult(null); setFile(null) }} optionType="button" aria-label={t('导入内容', 'What to import')}
              options={[{ value: 'organizations', label: t('机构', 'Organisations') }, { value: 'needs', label: t('技术需求', 'Needs') }, { value: 'capabilities', label: t('服务能力', 'Capabilities') }]} />
            <a href={`/api/v1/imports/${kind}/template.xlsx`} download><Button icon={<DownloadOutlined aria-hidden />}>{t(`下载${names[kind]}模板`, `Template for ${names[kind]}`)}</Button></a>
          </Space>
          <Upload.Dragger accept=".xlsx,.csv" maxCount={1} showUploadList={false} beforeUpload={(f) => { setFile(f); void run(f, true); return false }} aria-label={t('选择要导入的文件', 'Choose the file')}>
            <p className="ant-upload-drag-icon"><InboxOutlined aria-hidden /></p>
            <p>{file ? file.name : t('点击或拖入 .xlsx / .csv 文件（试运行，不会写入）', 'Click or drop an .xlsx or .csv (a dry run: nothing is written)')}</p>
          </Upload.Dragger>
        </Space>
      </Card>
      {problem && <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 16 }} />}
      {result && (
        <Card title={result.dryRun ? t('试运行结果（尚未写入）', 'Dry run (nothing written yet)') : t('导入结果', 'Imported')}
          extra={result.dryRun && file && <Space>
            <Button type="primary" loading={busy} disabled={result.rejected > 0 || result.created + result.updated === 0} onClick={() => void run(file, false)}>{t(`导入 ${result.created + result.updated} 行`, `Import ${result.created + result.updated} rows`)}</Button>
            {result.rejected > 0 && <Button loading={busy} onClick={() => void run(file, false, true)}>{t(`跳过 ${result.rejected} 行有误的，导入其余`, `Skip ${result.rejected} bad rows, import the rest`)}</Button>}
          </Space>}>
          <Space size="large" style={{ marginBottom: 12 }}>
            <Statistic title={t('新建', 'Create')} value={result.created} />
            <Statistic title={t('更新', 'Update')} value={result.updated} />
            <Statistic title={t('拒绝', 'Reject')} value={result.rejected} valueStyle={result.rejected ? { color: '#b3261e' } : undefined} />
          </Space>
          {result.rejected > 0 && <Muted style={{ display: 'block', marginBottom: 8 }}>{t('有误的行改正后重新上传即可；导入是整体的，除非选择跳过。', 'Fix the rows and upload again; an import is all or nothing unless you skip.')}</Muted>}
          <Table<RowResult> size="small" rowKey="row" dataSource={result.rows} pagination={result.rows.length > 50 ? { pageSize: 50 } : false} aria-label={t('逐行结果', 'Row by row')}
            columns={[
              { title: t('行', 'Row'), dataIndex: 'row', width: 64 },
              { title: t('内容', 'Title'), dataIndex: 'title' },
              { title: t('处理', 'Action'), dataIndex: 'action', width: 96, render: (a: RowResult['action']) => <Tag color={a === 'reject' ? 'red' : a === 'update' ? 'blue' : 'green'}>{a === 'reject' ? t('拒绝', 'Reject') : a === 'update' ? t('更新', 'Update') : t('新建', 'Create')}</Tag> },
              { title: t('原因与建议', 'Why, and suggestions'), key: 'errors', render: (_, r) => r.errors?.length ? <ul className="jq-list" style={{ lineHeight: 1.6 }}>{r.errors.map((e, i) => <li key={i}><code>{e.path}</code>：{e.message}</li>)}</ul> : null },
            ]} />
        </Card>
      )}
    </>
  )
}
