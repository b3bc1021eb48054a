import { useState } from 'react'
import { Text } from '@tarojs/components'
import { Card } from '../../../components/card'
import { Button } from '../../../components/nut'
import { openExternal } from '../../../lib/external-link'

/**
 * DOMAIN V12: where the city requires the government platform, the app shows the notice and links out; it
 * offers no voting buttons and counts nothing.
 */
export function PlatformLink({ url }: { url: string }) {
  const [copied, setCopied] = useState(false)
  return (
    <Card title="请到政府平台投票" className="platform-link">
      <Text className="muted">
        本小区所在城市规定，业主大会的表决须在政府平台进行，本程序只发布公告和提醒，不计票。
      </Text>
      <Text className="platform-link__url">{url}</Text>
      <Button
        className="platform-open"
        type="primary"
        size="large"
        block
        onClick={() => void openExternal(url).then((how) => setCopied(how === 'copied'))}
      >
        打开政府投票平台
      </Button>
      {copied ? <Text className="muted">网址已复制，请粘贴到浏览器打开。</Text> : null}
    </Card>
  )
}
