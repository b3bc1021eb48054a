import { useState } from 'react'
import { View } from '@tarojs/components'
import { Button } from '../../components/nut'
import { ErrorNote } from '../../components/status'
import { messageOf } from '../../lib/api-error'
import { DOWNLOAD_DONE } from '../../lib/download-file'
import { toast } from '../../lib/feedback'
import { downloadReport } from './api'

/** 下载PDF (to read or print) and 导出CSV (to check the numbers in Excel) of the published month. */
export function ReportExports({ compoundId, month }: { compoundId: string; month: string }) {
  const [busy, setBusy] = useState<'pdf' | 'csv' | undefined>()
  const [error, setError] = useState<string | undefined>()
  async function run(kind: 'pdf' | 'csv'): Promise<void> {
    setBusy(kind)
    setError(undefined)
    try {
      toast(DOWNLOAD_DONE[await downloadReport(compoundId, month, kind)])
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(undefined)
    }
  }
  return (
    <View className="report-export">
      <Button
        className="report-pdf"
        type="primary"
        size="large"
        block
        loading={busy === 'pdf'}
        ariaLabel="下载这个月的月报PDF"
        onClick={() => void run('pdf')}
      >
        下载PDF
      </Button>
      <Button
        className="report-csv"
        size="large"
        block
        loading={busy === 'csv'}
        ariaLabel="导出这个月的月报数字（CSV表格）"
        onClick={() => void run('csv')}
      >
        导出月报（CSV）
      </Button>
      {error ? <ErrorNote message={error} /> : null}
    </View>
  )
}
