import { ROLE_LABEL, type Role } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import './role-tags.scss'

export function RoleTags({ roles }: { roles: readonly Role[] }) {
  return (
    <View className="role-tags">
      {roles.map((r) => (
        <Text key={r} className={`role-tag role-tag--${r}`}>
          {ROLE_LABEL[r]}
        </Text>
      ))}
    </View>
  )
}
