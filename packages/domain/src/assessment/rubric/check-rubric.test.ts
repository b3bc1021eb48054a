import type { DomainError } from '../../errors'
import { DEFAULT_RUBRIC } from './default-rubric'
import { checkRubric } from './check-rubric'

const caught = (f: () => void) => {
  try {
    f()
  } catch (e) {
    return e as DomainError
  }
  throw new Error('no error')
}

describe('checkRubric (S2)', () => {
  it('accepts the default rubric: its points add up to 100', () => {
    expect(() => checkRubric(DEFAULT_RUBRIC)).not.toThrow()
  })

  it('refuses weights that do not add up to the total with 422 naming the field and the sum', () => {
    const e = caught(() => checkRubric({ ...DEFAULT_RUBRIC, total: 120 }))
    expect([e.kind, e.code]).toEqual(['rule', 'WeightsDoNotSum'])
    expect(e.details).toEqual([{ field: 'body.rubric.areas', message: '各项分值合计 100 分，应等于满分 120 分' }])
  })

  it('names a data item without a metric, a panel item without a party, a repeated id, bands out of order', () => {
    const [first, second] = DEFAULT_RUBRIC.areas
    const survey = first?.items[0]
    if (!first || !second || !survey) throw new Error('default areas')
    const e = caught(() =>
      checkRubric({
        ...DEFAULT_RUBRIC,
        areas: [
          { ...first, items: [{ ...survey, itemId: 'on-time' }] },
          { ...second, items: second.items.map((i) => (i.itemId === 'collection' ? { ...i, metric: undefined } : i)) },
          ...DEFAULT_RUBRIC.areas.slice(2),
        ],
        bands: { redAtLeast: 50, blackBelow: 60 },
      }),
    )
    expect(e.kind).toBe('invalid')
    expect((e.details as Array<{ field: string }>).map((d) => d.field)).toEqual([
      'body.rubric.areas.1.items.0.itemId',
      'body.rubric.areas.1.items.2.metric',
      'body.rubric.bands.blackBelow',
    ])
  })
})
