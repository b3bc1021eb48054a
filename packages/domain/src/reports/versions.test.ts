import { Conflict, InvalidInput, RuleViolation } from '../errors'
import { checkDraftableMonth, checkEditable, checkPublishable, draftTarget } from './versions'

describe('report versions (D3)', () => {
  it('drafting starts version 1, refreshes an open draft, and after a publication starts a correction', () => {
    expect(draftTarget([])).toEqual({ kind: 'create', version: 1 })
    expect(draftTarget([{ version: 1, status: 'draft' }])).toEqual({ kind: 'refresh', version: 1 })
    expect(draftTarget([{ version: 1, status: 'published' }])).toEqual({ kind: 'create', version: 2 })
    expect(
      draftTarget([
        { version: 2, status: 'draft' },
        { version: 1, status: 'published' },
      ]),
    ).toEqual({ kind: 'refresh', version: 2 })
  })

  const written = { servicesDone: '完成电梯维保。', nextMonthPlan: '外墙清洗。' }

  it('a published version is never published or edited again', () => {
    expect(() => checkPublishable({ version: 1, status: 'published', narrative: written }, undefined)).toThrow(Conflict)
    expect(() => checkEditable({ version: 1, status: 'published' })).toThrow(Conflict)
    expect(() => checkEditable({ version: 1, status: 'draft' })).not.toThrow()
  })

  it('a correction must say what changed; the first version needs no note', () => {
    expect(() => checkPublishable({ version: 1, status: 'draft', narrative: written }, undefined)).not.toThrow()
    expect(() => checkPublishable({ version: 2, status: 'draft', narrative: written }, undefined)).toThrow(
      RuleViolation,
    )
    expect(() => checkPublishable({ version: 2, status: 'draft', narrative: written }, '  ')).toThrow(RuleViolation)
    expect(() => checkPublishable({ version: 2, status: 'draft', narrative: written }, '更正了收入合计')).not.toThrow()
  })

  it('an empty or blank narrative is refused as bad input naming each empty field, before anyone is told', () => {
    const publish = (narrative: typeof written) => () =>
      checkPublishable({ version: 1, status: 'draft', narrative }, '')
    expect(publish({ servicesDone: '', nextMonthPlan: ' \n ' })).toThrow(InvalidInput)
    expect(publish({ servicesDone: '', nextMonthPlan: '' })).toThrow(
      '请先填写“本月服务工作”和“下月工作计划”，再发布月报',
    )
    try {
      publish({ ...written, nextMonthPlan: '  ' })()
    } catch (err) {
      expect((err as InvalidInput).details).toEqual([
        { field: 'narrative.nextMonthPlan', message: '下月工作计划不能为空' },
      ])
    }
    expect.assertions(3)
  })
})

describe('checkDraftableMonth', () => {
  it('allows past and current Shanghai months, refuses a future one', () => {
    const now = new Date('2025-03-31T16:30:00Z') // already April 1st in Shanghai
    expect(() => checkDraftableMonth('2025-03', now)).not.toThrow()
    expect(() => checkDraftableMonth('2025-04', now)).not.toThrow()
    expect(() => checkDraftableMonth('2025-05', now)).toThrow(RuleViolation)
  })
})
