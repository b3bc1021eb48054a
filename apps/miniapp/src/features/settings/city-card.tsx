import { CITY_PRESETS, cityPreset, type CityPresetId } from '@jiayuan/domain'
import { Text, View } from '@tarojs/components'
import { Card } from '../../components/card'
import { ChoiceChips } from '../../components/choice-chips'
import { StatusTag } from '../../components/status-tag'
import type { SettingsForm } from './settings-form'

/** The city's rules (DOMAIN preface): a preset fills in what its regulation sets, each value with its source. */
export function CityCard({ form, onPreset }: { form: SettingsForm; onPreset(id: CityPresetId): void }) {
  const current = CITY_PRESETS.find((p) => p.city === form.city)
  const shown = current ?? cityPreset('national')
  return (
    <Card title="城市规则" className="settings-city" extra={form.city}>
      <Text className="muted">
        选择小区所在城市，按当地条例填入会议通知、表决期和公共收益比例；从众、车位面积等由本小区议事规则决定的项不变。
      </Text>
      <ChoiceChips
        chipClassName="city-preset-chip"
        columns={4}
        options={CITY_PRESETS.map((p) => ({ value: p.id, label: p.city }))}
        value={current?.id}
        onChange={onPreset}
      />
      <View className="settings-sources">
        <Text className="settings-sources__title">{shown.city}的依据</Text>
        {shown.sources.map((s) => (
          <View key={`${s.field}-${s.value}`} className="settings-source">
            <Text className="settings-source__value">{s.value}</Text>
            <Text className="settings-source__law">{s.source}</Text>
            {s.verified ? null : <StatusTag tone="wait" text="条款待核实" />}
          </View>
        ))}
      </View>
    </Card>
  )
}
