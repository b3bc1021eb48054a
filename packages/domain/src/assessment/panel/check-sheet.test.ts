import type { DomainError } from '../../errors'
import { DEFAULT_RUBRIC } from '../rubric/default-rubric'
import { checkSheet } from './check-sheet'

const fields = (f: () => void) => {
  try {
    f()
  } catch (e) {
    return ((e as DomainError).details as Array<{ field: string }>).map((d) => d.field)
  }
  return []
}
const ev = { kind: 'ticket' as const, ticketId: 't1' }

describe('checkSheet (S2)', () => {
  it('accepts deductions within the item’s points, each with a reason and evidence', () => {
    expect(
      fields(() =>
        checkSheet(DEFAULT_RUBRIC, 'committee', {
          items: [{ itemId: 'committee', deductions: [{ deductX100: 1500, reason: '未公开', evidence: ev }] }],
          vetoes: [],
        }),
      ),
    ).toEqual([])
  })

  it('refuses deductions above the points, another party’s item, evidence without its id, a veto without a reason', () => {
    expect(
      fields(() =>
        checkSheet(DEFAULT_RUBRIC, 'community_party', {
          items: [
            { itemId: 'party', deductions: [{ deductX100: 1001, reason: '未参会', evidence: { kind: 'upload' } }] },
            { itemId: 'committee', deductions: [] },
          ],
          vetoes: [{ vetoId: 'fire-safety', failed: true, evidence: ev }],
        }),
      ),
    ).toEqual([
      'body.items.0.deductions',
      'body.items.0.deductions.0.evidence.key',
      'body.items.1.itemId',
      'body.vetoes.0.reason',
    ])
  })
})
