import { holderText } from './holder-text'

const names = new Map([['u-chen', '陈静']])
const at = '2026-12-02T02:05:00.000Z'

describe('holderText', () => {
  it('names the holder in full and counts from the current status', () => {
    expect(holderText({ assigneeId: 'u-chen', statusAt: at, submittedAt: '2026-12-01T01:00:00.000Z' }, names)).toBe(
      `陈静 处理中，自 ${'2026年12月2日 10:05'}`,
    )
  })

  it('says when nobody holds it: a grid pool, or waiting for dispatch', () => {
    expect(holderText({ gridId: 'grid-a', submittedAt: at }, names)).toMatch(/^网格池待认领，自 /)
    expect(holderText({ submittedAt: at }, names)).toMatch(/^待派单，自 /)
  })
})
