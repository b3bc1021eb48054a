import { freshnessOf, frequencyText, itemsOf, objectionText, OBJECTION_REASON_MAX } from './format'

describe('disclosure format', () => {
  it('names the frequency in words', () => {
    expect(frequencyText(90)).toBe('每季度至少更新一次')
    expect(frequencyText(45)).toBe('每 45 天至少更新一次')
  })

  it('says in words whether a section is stale, never published, or current', () => {
    expect(freshnessOf({ stale: true, updatedAt: null, dueBy: null })).toMatchObject({ label: '未公示', tone: 'bad' })
    expect(freshnessOf({ stale: true, updatedAt: '2026-01-01T00:00:00Z', dueBy: '2026-04-01T00:00:00Z' })).toEqual({
      label: '已过期，需更新',
      tone: 'bad',
      detail: '应在 2026年4月1日 前更新',
    })
    expect(
      freshnessOf({ stale: false, updatedAt: '2026-01-01T00:00:00Z', dueBy: '2026-04-01T00:00:00Z' }),
    ).toMatchObject({ label: '在有效期内', tone: 'ok' })
  })

  it('splits a section into its items, one per non-empty line', () => {
    expect(itemsOf('物业费 2.50 元/㎡·月\r\n\n  停车费 300 元/月  \n')).toEqual([
      '物业费 2.50 元/㎡·月',
      '停车费 300 元/月',
    ])
    expect(itemsOf(null)).toEqual([])
  })

  it('quotes the item short so the whole objection fits the 400 characters the API takes', () => {
    expect(objectionText('物业费 2.50 元', ' 比合同高 ')).toBe('针对“物业费 2.50 元”：比合同高')
    const long = objectionText('项'.repeat(200), '理'.repeat(OBJECTION_REASON_MAX))
    expect(long.length).toBeLessThanOrEqual(400)
    expect(long).toContain('…”：')
  })
})
