import { useState } from 'react'
import type { Role } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { shanghaiMonth } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { CloseMonth } from './close-month'
import { GenerateBills } from '../bills/generate-bills'
import { MonthChips } from '../shared/month-chips'
import { PublicIncomeForm } from './public-income-form'
import { PublishCheckpoint } from './publish-checkpoint'
import { SetupLinks } from './setup-links'
import '../shared/ledger-card.scss'

/**
 * 账务工具: the books' setup (opening balances, budget, policy, accounts) for those who keep them, then the property
 * staff's month: issue a month's bills, record public income, close a month, publish a checkpoint.
 */
export function StaffTools({ compoundId, roles }: { compoundId: string; roles: readonly Role[] }) {
  const [period, setPeriod] = useState(() => shanghaiMonth(new Date()))
  return (
    <View className="staff-tools">
      <SetupLinks roles={roles} />
      <Card title="生成月度账单" className="ledger-card generate-card">
        <MonthChips value={period} onChange={setPeriod} className="generate-month-chip" />
        <GenerateBills key={period} compoundId={compoundId} period={period} />
      </Card>
      <PublicIncomeForm compoundId={compoundId} />
      <CloseMonth compoundId={compoundId} />
      <Card title="公布检查点" className="ledger-card checkpoint-card">
        <Text className="muted">把账本当前的链头公布出去（每天也会自动公布），之后新记的账业主就能验证。</Text>
        <PublishCheckpoint compoundId={compoundId} />
      </Card>
    </View>
  )
}
