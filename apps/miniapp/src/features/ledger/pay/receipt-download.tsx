import { useState } from 'react'
import { View } from '@tarojs/components'
import { Button } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { messageOf } from '../../../lib/api-error'
import { DOWNLOAD_DONE } from '../../../lib/download-file'
import { toast } from '../../../lib/feedback'
import { downloadReceipt } from '../api'

/** 下载电子收据: the receipt as a PDF to keep, print or send on (F12); there only once WeChat Pay confirmed it. */
export function ReceiptDownload({ compoundId, orderId }: { compoundId: string; orderId: string }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | undefined>()
  async function run(): Promise<void> {
    setBusy(true)
    setError(undefined)
    try {
      toast(DOWNLOAD_DONE[await downloadReceipt(compoundId, orderId)])
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className="receipt-download">
      <Button
        className="receipt-pdf"
        type="primary"
        size="large"
        block
        loading={busy}
        ariaLabel="下载这张电子收据（PDF）"
        onClick={() => void run()}
      >
        下载电子收据（PDF）
      </Button>
      {error ? <ErrorNote message={error} /> : null}
    </View>
  )
}
