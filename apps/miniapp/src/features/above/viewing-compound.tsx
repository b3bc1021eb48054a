import { Text } from '@tarojs/components'
import type { Membership } from '@jiayuan/contracts'

/** Names the compound a street's staff are reading (they hold no role in it, DOMAIN G4); nothing for members. */
export function ViewingCompound({ membership }: { membership: Membership | undefined }) {
  if (!membership || membership.roles.length > 0) return null
  return <Text className="muted viewing-compound">正在查看：{membership.compoundName}（只读）</Text>
}
