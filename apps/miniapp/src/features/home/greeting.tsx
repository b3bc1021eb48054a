import { Text, View } from '@tarojs/components'
import { CompoundSwitch } from '../../components/compound-switch'
import { ElderToggle } from '../../components/elder-toggle'
import { RoleTags } from '../../components/role-tags'
import type { Membership } from '@jiayuan/contracts'
import './greeting.scss'

function partOfDay(hour: number): string {
  if (hour < 11) return '上午好'
  if (hour < 13) return '中午好'
  if (hour < 18) return '下午好'
  return '晚上好'
}

export function Greeting({ name, membership }: { name: string; membership?: Membership }) {
  return (
    <View className="home-greeting">
      <View className="home-greeting__top">
        <Text className="home-greeting__hello">
          {name}，{partOfDay(new Date().getHours())}
        </Text>
        <ElderToggle tone="onBrand" />
      </View>
      <CompoundSwitch tone="onBrand" />
      {membership ? (
        <View className="home-greeting__roles">
          <RoleTags roles={membership.roles} />
        </View>
      ) : null}
    </View>
  )
}
