import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { REPORT_SHARE_DAYS, type ReportShareLink } from '@jiayuan/contracts'
import { dateTimeText } from '@jiayuan/domain'
import { Card } from '../../components/card'
import { ChoiceChips } from '../../components/choice-chips'
import { Button } from '../../components/nut'
import { ErrorNote } from '../../components/status'
import { messageOf } from '../../lib/api-error'
import { toast } from '../../lib/feedback'
import { newIdempotencyKey } from '../../lib/ids'
import { ROUTES } from '../../lib/navigation'
import { copyText, h5PageLink } from '../../lib/share'
import { createShareLink } from './api'

const DAY_CHOICES = ['1', '3', '7', '30'] as const
type DayChoice = (typeof DAY_CHOICES)[number]

/**
 * 分享到业主群 (committee and property staff): a link to this published month that opens in a browser without
 * the app or a login, with personal data masked, until the chosen day. Owners' groups hold people who have
 * not joined the app yet.
 */
export function ReportShare({ compoundId, month }: { compoundId: string; month: string }) {
  const [days, setDays] = useState<DayChoice>(String(REPORT_SHARE_DAYS.default) as DayChoice)
  const [key, setKey] = useState(newIdempotencyKey)
  const [link, setLink] = useState<(ReportShareLink & { url: string }) | undefined>()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | undefined>()

  async function make(): Promise<void> {
    setBusy(true)
    setError(undefined)
    try {
      const made = await createShareLink(compoundId, month, Number(days), key)
      setLink({ ...made, url: h5PageLink(ROUTES.sharedReport, { token: made.token }) })
      // The next link is a new one; a retry of this tap (same key) would have given this one back.
      setKey(newIdempotencyKey())
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  async function copy(url: string): Promise<void> {
    await copyText(url)
    toast('链接已复制，可以粘贴到业主群')
  }

  return (
    <Card title="分享到业主群" className="report-share">
      <Text className="muted">生成一个网页链接：不用登录就能看这个月的月报，个人信息已隐去；到期后自动失效。</Text>
      <Text className="report-share__label">链接有效期</Text>
      <ChoiceChips
        options={DAY_CHOICES.map((d) => ({ value: d, label: `${d} 天` }))}
        value={days}
        onChange={(d) => setDays(d)}
        chipClassName="report-share-days"
        columns={4}
      />
      <Button
        className="report-share-create"
        size="large"
        block
        loading={busy}
        ariaLabel={`生成 ${days} 天有效的分享链接`}
        onClick={() => void make()}
      >
        生成分享链接
      </Button>
      {link ? (
        <View className="report-share__result">
          <Text className="report-share__url" userSelect>
            {link.url}
          </Text>
          <Text className="muted">有效期至 {dateTimeText(link.expiresAt)}（北京时间）</Text>
          <Button
            className="report-share-copy"
            type="primary"
            size="large"
            block
            ariaLabel="复制分享链接"
            onClick={() => void copy(link.url)}
          >
            复制链接
          </Button>
        </View>
      ) : null}
      {error ? <ErrorNote message={error} /> : null}
    </Card>
  )
}
