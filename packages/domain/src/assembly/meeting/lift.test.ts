import type { InvalidInput } from '../../errors'
import { checkAffected, checkTemplates } from './lift'

const lift = { matterType: 7 as const, title: '加装电梯', text: '方案', attachments: [], template: 'lift' as const }
const fieldOf = (fn: () => void) => {
  try {
    fn()
  } catch (err) {
    return ((err as InvalidInput).details as Array<{ field: string }>)[0]?.field ?? (err as Error).name
  }
  return undefined
}

describe('the lift template (V14)', () => {
  it('is a type 7 matter voted by a building or an entrance', () => {
    expect(fieldOf(() => checkTemplates({ kind: 'building', buildingId: 'b2' }, [lift]))).toBeUndefined()
    expect(fieldOf(() => checkTemplates({ kind: 'compound' }, [lift]))).toBe('body.scope')
    expect(fieldOf(() => checkTemplates({ kind: 'building', buildingId: 'b2' }, [{ ...lift, matterType: 5 }]))).toBe(
      'body.motions.0.matterType',
    )
  })

  it('lists each affected unit of the scope once, naming the row of one that is not', () => {
    const scope = { text: '2号楼', unitIds: ['a', 'b'] }
    const row = (unitId: string) => ({ unitId, effects: ['light' as const] })
    expect(fieldOf(() => checkAffected(lift, [row('a'), row('b')], scope))).toBeUndefined()
    expect(fieldOf(() => checkAffected(lift, [row('a'), row('c')], scope))).toBe('body.affected.1.unitId')
    expect(fieldOf(() => checkAffected(lift, [row('a'), row('a')], scope))).toBe('body.affected.1.unitId')
    expect(fieldOf(() => checkAffected({ template: undefined }, [], scope))).toBe('NotLiftMotion')
  })
})
