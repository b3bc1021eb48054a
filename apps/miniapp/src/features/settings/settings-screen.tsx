import { Text, View } from '@tarojs/components'
import { Card } from '../../components/card'
import { Field } from '../../components/field'
import { Button, TextArea } from '../../components/nut'
import { ErrorNote, Loading } from '../../components/status'
import { AssemblyCard } from './assembly-card'
import { CityCard } from './city-card'
import { FeeCard } from './fee-card'
import { HistoryCard } from './history-card'
import { SlaCard } from './sla-card'
import { useSettings } from './use-settings'
import './settings.scss'

/** 小区设置: city rules, the assembly's rules, fees and public income, the SLA table; every save with a reason. */
export function SettingsScreen({ compoundId }: { compoundId: string }) {
  const s = useSettings(compoundId)
  if (s.compound.loading && !s.compound.data) return <Loading />
  if (s.compound.error || !s.compound.data || !s.form)
    return <ErrorNote message={s.compound.error ?? '没有读到小区设置'} onRetry={s.compound.reload} />
  const section = { form: s.form, update: s.update, errors: s.errors }
  return (
    <View className="settings-screen">
      <CityCard form={s.form} onPreset={s.preset} />
      <AssemblyCard {...section} />
      <FeeCard {...section} />
      <Card title="保存修改" className="settings-save">
        {s.changes.length ? (
          <View className="settings-pending">
            {s.changes.map((line) => (
              <Text key={line} className="settings-pending__line">
                {line}
              </Text>
            ))}
          </View>
        ) : (
          <Text className="muted">还没有改动。</Text>
        )}
        <Field label="修改原因（必填，记入修改记录）" error={s.errors.reason}>
          <TextArea
            className="settings-reason"
            value={s.reason}
            maxLength={200}
            placeholder="如 依据 2026 年第 2 次业主大会决议"
            onChange={s.setReason}
          />
        </Field>
        {s.error ? <ErrorNote message={s.error} /> : null}
        <Button className="settings-submit" type="primary" size="large" block loading={s.busy} onClick={s.save}>
          保存设置
        </Button>
      </Card>
      <SlaCard settings={s.compound.data.settings} />
      <HistoryCard history={s.history} />
    </View>
  )
}
