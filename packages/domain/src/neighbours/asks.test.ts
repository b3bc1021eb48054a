import { askClaimPlan, askConfirmPlan, askDonePlan, askHoursPlan, askView, type StoredAsk } from './asks'

const at = '2026-12-02T02:00:00.000Z'
const ask: StoredAsk = {
  askId: 'a1',
  compoundId: 'c1',
  kind: 'errand',
  description: '帮忙买米',
  when: '明天',
  status: 'open',
  requesterId: 'u-li',
  requesterName: '李建国',
  createdAt: at,
  version: 1,
}
const wang = { userId: 'u-wang', name: '王芳', volunteer: true }

describe('micro-services (H2)', () => {
  it('a volunteer claims an open ask; a non-volunteer, the requester and a second claimer are refused', () => {
    expect(askClaimPlan(ask, wang, at)).toMatchObject({ status: 'claimed', claimerId: 'u-wang' })
    expect(() => askClaimPlan(ask, { ...wang, volunteer: false }, at)).toThrow(/志愿者/)
    expect(() => askClaimPlan(ask, { ...wang, userId: 'u-li' }, at)).toThrow(/自己/)
    const claimed = askClaimPlan(ask, wang, at)
    expect(() => askClaimPlan(claimed, { ...wang, userId: 'u-zhang' }, at)).toThrow(/已被其他志愿者认领/)
  })

  it('only the claimer marks done, only the requester confirms, hours once and only after done', () => {
    const claimed = askClaimPlan(ask, wang, at)
    expect(() => askDonePlan(claimed, 'u-zhang', undefined, at)).toThrow(/认领人/)
    expect(() => askHoursPlan(claimed, 60)).toThrow(/完成后/)
    const done = askDonePlan(claimed, 'u-wang', '送到了', at)
    expect(() => askConfirmPlan(done, 'u-wang', { rating: 5 }, at)).toThrow(/求助人/)
    const confirmed = askConfirmPlan(done, 'u-li', { rating: 4 }, at)
    expect(confirmed).toMatchObject({ status: 'confirmed', rating: 4 })
    const withHours = askHoursPlan(confirmed, 60)
    expect(() => askHoursPlan(withHours, 30)).toThrow(/已经记录过/)
  })

  it('masks the requester for neighbours, not for the claimer or an organiser', () => {
    const claimed = askClaimPlan(ask, wang, at)
    expect(askView(claimed, { userId: 'u-zhang', roles: ['resident'] })).toMatchObject({
      requesterName: '李**',
      claimerName: '王*',
    })
    expect(askView(claimed, { userId: 'u-wang', roles: ['resident'] }).requesterName).toBe('李建国')
    expect(askView(claimed, { userId: 'u-sun', roles: ['property_staff'] }).requesterId).toBe('u-li')
  })
})
