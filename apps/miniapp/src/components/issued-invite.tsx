import type { Invite } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { copyText, h5PageLink } from '../lib/share'
import { ROUTES } from '../lib/navigation'
import { Button } from './nut'
import { grantText, inviteStatusLine } from './invite-text'
import './issued-invite.scss'

/** The code and link of an invite just made, to copy and send to the person (single use, with an expiry). */
export function IssuedInvite({ invite }: { invite: Invite }) {
  const link = h5PageLink(ROUTES.invite, { code: invite.code })
  return (
    <View className="issued-invite" ariaRole="status">
      <Text className="issued-invite__what">{grantText(invite)}</Text>
      <Text className="issued-invite__who">邀请：{invite.note}</Text>
      <View className="issued-invite__code" ariaLabel={`邀请码 ${invite.code.split('').join(' ')}`}>
        {invite.code}
      </View>
      <Text className="issued-invite__when">{inviteStatusLine(invite)}，只能使用一次</Text>
      <Text className="issued-invite__how">请对方登录家园后，在“我的 → 输入邀请码”中填写；或直接打开链接：</Text>
      <Text className="issued-invite__link" userSelect>
        {link}
      </Text>
      <View className="issued-invite__actions">
        <Button className="copy-invite-code" type="primary" onClick={() => void copyText(invite.code)}>
          复制邀请码
        </Button>
        <Button className="copy-invite-link" onClick={() => void copyText(link)}>
          复制链接
        </Button>
      </View>
    </View>
  )
}
