import type { CityProfile, CompoundSettings, FeeModel } from '@jiayuan/contracts'
import { yuanText } from '../money/yuan'

const FEE_KIND: Record<FeeModel['kind'], string> = { lump_sum: '包干制', commission: '酬金制', trust: '信托制' }

export function feeModelText(m: FeeModel): string {
  const rate = `${FEE_KIND[m.kind]}，${yuanText(m.ratePerSqmFen)}/㎡·月`
  if (m.kind === 'lump_sum') return rate
  const r = m.remuneration
  return `${rate}，酬金${r.basis === 'percent_of_income' ? `收入的 ${shortPercent(r.basisPoints)}` : `每月 ${yuanText(r.fen)}`}`
}

/** Basis points as a short percentage: 5000 → 50%, 1250 → 12.5%. */
export const shortPercent = (bp: number) => `${Number((bp / 100).toFixed(2))}%`

const onOff = (b: boolean) => (b ? '开启' : '关闭')
const days = (n: number | undefined) => (n ? `${n} 天` : '无')

type Line = [label: string, text: (s: CompoundSettings) => string]

const PROFILE = (f: (p: CityProfile) => string) => (s: CompoundSettings) => f(s.cityProfile)

const LINES: Line[] = [
  ['城市规则', PROFILE((p) => p.city)],
  ['会议通知', PROFILE((p) => `${p.noticeDays} 天（临时会议 ${p.temporaryMeetingNoticeDays} 天）`)],
  ['表决期', PROFILE((p) => `${p.votingWindowMinDays}–${p.votingWindowMaxDays} 天`)],
  [
    '从众',
    PROFILE(
      (p) => `${onOff(p.followMajority.enabled)}${p.followMajority.clause ? `（${p.followMajority.clause}）` : ''}`,
    ),
  ],
  ['车位面积计入表决', PROFILE((p) => onOff(p.parkingAreaCounts))],
  ['政府表决平台', PROFILE((p) => p.governmentPlatformUrl ?? '无')],
  ['公共收益补充维修资金', PROFILE((p) => shortPercent(p.publicIncomeToFundBasisPoints))],
  ['公开频率', PROFILE((p) => `每 ${p.disclosureFrequencyDays} 天`)],
  ['收费方式', (s) => feeModelText(s.feeModel)],
  ['异议期', (s) => days(s.objectionWindowDays)],
  ['代理人上限', (s) => `${s.proxyCap} 人`],
  ['实名公布选票', (s) => onOff(s.namedBallots)],
  ['投票后可改票', (s) => onOff(s.allowVoteChange)],
  ['工单时限表', (s) => `${s.slaTable.length} 行`],
]

/** What a settings change changed, one line each in words (`从众：关闭 → 开启（议事规则第十二条）`). */
export function describeSettingsChange(before: CompoundSettings, after: CompoundSettings): string[] {
  const lines = LINES.flatMap(([label, text]) => {
    const a = text(before)
    const b = text(after)
    return a === b ? [] : [`${label}：${a} → ${b}`]
  })
  if (
    lines.every((l) => !l.startsWith('工单时限表')) &&
    JSON.stringify(before.slaTable) !== JSON.stringify(after.slaTable)
  )
    lines.push('工单时限表：时限已修改')
  if (lines.length === 0 && JSON.stringify(before) !== JSON.stringify(after)) lines.push('其他设置已修改')
  return lines
}
