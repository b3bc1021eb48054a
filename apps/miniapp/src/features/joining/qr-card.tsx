import { useState } from 'react'
import { Image, Text } from '@tarojs/components'
import { Card } from '../../components/card'
import { Button } from '../../components/nut'
import { ErrorNote, Loading } from '../../components/status'
import { useRemote } from '../../hooks/use-remote'
import { loadApiImage } from '../../lib/api-image'
import { messageOf } from '../../lib/api-error'
import { downloadApiFile } from '../../lib/download-file'
import { toast } from '../../lib/feedback'
import { posterPath, qrPath } from './api'
import './joining.scss'

const DONE = {
  downloaded: '海报已下载',
  opened: '已打开海报，可从右上角保存或打印',
  shared: '已发送',
  saved: '已保存',
} as const

/**
 * 小区码 (issue #12): the compound's mini-program code, and the A4 poster for the lobby with the code and three
 * steps. Residents scan it, land on the join page with this compound chosen, agree to the privacy guide and join.
 */
export function QrCard({ compoundId, name }: { compoundId: string; name: string }) {
  const image = useRemote(() => loadApiImage(qrPath(compoundId)), [compoundId])
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | undefined>()

  async function poster(): Promise<void> {
    setBusy(true)
    setError(undefined)
    try {
      toast(DONE[await downloadApiFile(posterPath(compoundId), `${name}-小区码海报.pdf`, 'pdf')])
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Card title={`${name} 小区码`} className="qr-card">
      <Text className="muted">居民用微信扫码，即进入加入本小区的页面：阅读隐私指引、加入小区，业主再申请认证。</Text>
      {image.loading && !image.data ? <Loading text="正在生成小区码…" /> : null}
      {image.error ? <ErrorNote message={image.error} onRetry={image.reload} /> : null}
      {image.data ? (
        <Image
          className="qr-image"
          src={image.data}
          mode="aspectFit"
          ariaLabel={`${name}的小区码，扫码加入`}
          nativeProps={{ alt: `${name}的小区码` }}
        />
      ) : null}
      {error ? <ErrorNote message={error} /> : null}
      <Button className="qr-poster" type="primary" size="large" block loading={busy} onClick={() => void poster()}>
        下载 A4 海报（PDF，可打印）
      </Button>
      <Text className="muted">海报上有小区名称、小区码和三步加入说明，请贴在各楼栋大堂。</Text>
    </Card>
  )
}
