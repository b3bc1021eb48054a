import { useState } from 'react'
import { Text } from '@tarojs/components'
import { monthText } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { Button } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { messageOf } from '../../../lib/api-error'
import { toast } from '../../../lib/feedback'
import { saveTextFile } from '../../../lib/save-text-file'
import { exportCsv } from '../api'
import '../shared/ledger-card.scss'

const DONE = { downloaded: '已下载', shared: '已发送', saved: '已保存到手机' } as const

/** The month's (or the year's) ledger as a CSV file, to open in a spreadsheet or check with the verifier script. */
export function ExportCard({ compoundId, month }: { compoundId: string; month: string }) {
  const [busy, setBusy] = useState<'month' | 'year' | undefined>()
  const [error, setError] = useState<string | undefined>()
  const year = month.slice(0, 4)

  async function run(which: 'month' | 'year'): Promise<void> {
    setBusy(which)
    setError(undefined)
    try {
      const file = await exportCsv(compoundId, which === 'month' ? month : year)
      toast(DONE[await saveTextFile(file.filename, file.csv)])
    } catch (err) {
      setError(err instanceof Error && !('status' in err) ? err.message : messageOf(err))
    } finally {
      setBusy(undefined)
    }
  }

  return (
    <Card title="导出账本" className="ledger-card export-card">
      <Text className="muted">CSV 文件，可用表格软件打开；个人信息已隐去。</Text>
      <Button className="export-month" size="large" block loading={busy === 'month'} onClick={() => void run('month')}>
        导出{monthText(month)}
      </Button>
      <Button className="export-year" size="large" block loading={busy === 'year'} onClick={() => void run('year')}>
        导出{year}年全年
      </Button>
      {error ? <ErrorNote message={error} /> : null}
    </Card>
  )
}
