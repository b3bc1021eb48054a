import type { Session } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { Card } from '../../components/card'
import { RoleTags } from '../../components/role-tags'
import { SharePhone } from '../../components/share-phone'
import './profile-card.scss'

/** Who is logged in and what they are in each compound. */
export function ProfileCard({ session }: { session: Session }) {
  return (
    <Card className="profile-card">
      <Text className="profile-card__name">{session.user.displayName}</Text>
      <SharePhone why="留个电话，报修后处理人可以直接打给您。" />
      {session.memberships.length === 0 ? <Text className="muted">还没有加入任何小区</Text> : null}
      {session.memberships.map((m) => (
        <View key={m.compoundId} className="membership">
          <Text className="membership__compound">{m.compoundName}</Text>
          <RoleTags roles={m.roles} />
        </View>
      ))}
    </Card>
  )
}
