import { Text, View } from '@tarojs/components'
import { dateTimeText } from '@jiayuan/domain'
import { ElderToggle } from '../../components/elder-toggle'
import { ErrorNote, Loading } from '../../components/status'
import { useRemote } from '../../hooks/use-remote'
import { loadSharedReport } from './api'
import { ReportContent } from './report-content'
import './report-view.scss'

/**
 * A monthly report opened from a share link, in a browser, with no login: the compound's name, the report as
 * the API masked it, and until when the link works. A broken or expired link says so in words. There is no
 * home page here, so the elder-mode switch (DOMAIN A1) sits at the top.
 */
export function SharedReport({ token }: { token: string | undefined }) {
  const shared = useRemote(() => (token ? loadSharedReport(token) : undefined), [token])
  if (!token) return <ErrorNote message="这个分享链接不完整。请向发来链接的人索取新的链接。" />
  if (shared.loading && !shared.data) return <Loading />
  if (shared.error) return <ErrorNote message={shared.error} />
  if (!shared.data) return null
  const { compoundName, report, expiresAt } = shared.data
  return (
    <View className="report-view report-shared">
      <View className="report-shared__head">
        <Text className="report-shared__compound">{compoundName}</Text>
        <ElderToggle />
      </View>
      <ReportContent
        report={report}
        note={
          <Text className="muted report-shared__note">
            个人信息已隐去。此链接有效期至 {dateTimeText(expiresAt)}（北京时间）。
          </Text>
        }
      />
      <Text className="muted report-shared__footer">来自家园小程序：小区居民可在小程序中查看完整月报。</Text>
    </View>
  )
}
