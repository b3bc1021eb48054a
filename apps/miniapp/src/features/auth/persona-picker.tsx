import { ROLE_LABEL, type Persona } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import './persona-picker.scss'

interface Props {
  personas: Persona[]
  busyId?: string
  onPick(personaId: string): void
}

/** Local runs only: one card per seeded person, so each role's home is a tap away. */
export function PersonaPicker({ personas, busyId, onPick }: Props) {
  return (
    <View className="persona-picker">
      {personas.map((p) => (
        <View
          key={p.personaId}
          className={`persona-card persona-card--${p.personaId}`}
          ariaRole="button"
          ariaLabel={`以${p.displayName}的身份登录`}
          onClick={() => busyId === undefined && onPick(p.personaId)}
        >
          <View className="persona-card__head">
            <Text className="persona-card__name">{p.displayName}</Text>
            {busyId === p.personaId ? <Text className="persona-card__busy">正在登录…</Text> : null}
          </View>
          <Text className="persona-card__desc">{p.description}</Text>
          {p.memberships.map((m) => (
            <Text key={m.compoundId} className="persona-card__roles">
              {m.compoundName}：{m.roles.map((r) => ROLE_LABEL[r]).join('、')}
            </Text>
          ))}
        </View>
      ))}
    </View>
  )
}
