import type { ChartSpec } from '@jiayuan/domain'
import { axisNumber, barOption, chartHeight } from './bar-option'

const money: ChartSpec = {
  key: 'money-income',
  title: '收入（按类别）',
  unit: 'fen',
  categories: ['物业服务费', '共有场地停车收益'],
  series: [{ name: '收入', values: [12_345_600, 123_450] }],
}
const normal = { elder: false, width: 311 }
const elder = { elder: true, width: 311 }

type Option = {
  series: Array<{ data: number[] }>
  xAxis: { axisLabel: { fontSize: number; hideOverlap: boolean } }
  yAxis: { axisLabel: { fontSize: number; width: number } }
}

describe('barOption', () => {
  it('draws money in yuan, not fen', () => {
    expect((barOption(money, normal) as Option).series[0]?.data).toEqual([123456, 1234.5])
  })

  it('writes every label at 18 px or more in elder mode (DOMAIN A1), and gives each bar more room', () => {
    const option = barOption(money, elder) as Option
    expect(option.xAxis.axisLabel.fontSize).toBeGreaterThanOrEqual(18)
    expect(option.yAxis.axisLabel.fontSize).toBeGreaterThanOrEqual(18)
    expect(chartHeight(money, elder)).toBeGreaterThan(chartHeight(money, normal))
  })

  it('sizes category names from the screen width and keeps axis numbers short and apart', () => {
    const option = barOption(money, { elder: false, width: 500 }) as Option
    expect(option.yAxis.axisLabel.width).toBe(200)
    expect(option.xAxis.axisLabel.hideOverlap).toBe(true)
    expect([axisNumber(120_000), axisNumber(15_000), axisNumber(9_000), axisNumber(2.5)]).toEqual([
      '12万',
      '1.5万',
      '9000',
      '2.5',
    ])
  })
})
