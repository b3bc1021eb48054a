import { canReopen, reopenUntil } from './reopen-window'

describe('reopen window (DOMAIN T5)', () => {
  const confirmed = {
    status: 'confirmed' as const,
    resolvedAt: '2024-06-03T12:00:00.000Z',
    confirmedAt: '2024-06-04T12:00:00.000Z',
  }

  it('runs from the confirmation when there is one', () => {
    expect(reopenUntil(confirmed, 7)?.toISOString()).toBe('2024-06-11T12:00:00.000Z')
  })

  it('allows a reopen inside the window only', () => {
    expect(canReopen(confirmed, 7, new Date('2024-06-11T11:59:00Z'))).toBe(true)
    expect(canReopen(confirmed, 7, new Date('2024-06-11T12:01:00Z'))).toBe(false)
  })

  it('never offers it on an open ticket', () => {
    expect(canReopen({ status: 'accepted' }, 7, new Date('2024-06-04T00:00:00Z'))).toBe(false)
  })
})
