import { motionResult } from '../../assembly/meeting/meeting-fixtures'
import { assertAuthority, authorityOf, type AuthorityMeeting } from './assembly-authority'

const meeting = (over: Partial<AuthorityMeeting> = {}): AuthorityMeeting => ({
  meetingId: 'mtg-cctv',
  title: '更新小区监控系统',
  status: 'final',
  finalAt: '2026-11-20T02:00:00Z',
  results: [motionResult('m9', 9, true), motionResult('m5', 5, true), motionResult('m9-lost', 9, false)],
  ...over,
  ...(over.results ? { results: over.results } : {}),
})
const refusal = (m: AuthorityMeeting | undefined, motionId: string) => {
  const a = authorityOf(m, motionId)
  return 'code' in a ? { code: a.code, details: a.details } : undefined
}

describe('which owners vote authorises a payment above the assembly limit (F3)', () => {
  it('a passed type 5 or 9 motion of a final result, with its titles and date', () => {
    expect(assertAuthority(meeting(), 'm9')).toEqual({
      meetingId: 'mtg-cctv',
      motionId: 'm9',
      matterType: 9,
      meetingTitle: '更新小区监控系统',
      motionTitle: '议题 m9',
      finalAt: '2026-11-20T02:00:00Z',
    })
    expect(assertAuthority(meeting(), 'm5').matterType).toBe(5)
  })

  it('refuses, naming body.motionId: no such meeting, no result, wrong type, preliminary, failed', () => {
    const field = { field: 'body.motionId' }
    expect(refusal(undefined, 'm9')).toEqual({ code: 'MotionNotFound', details: field })
    expect(refusal(meeting(), 'missing')).toMatchObject({ code: 'MotionNoResult' })
    expect(refusal(meeting({ status: 'closed' }), 'm9')).toMatchObject({ code: 'MotionNoResult' })
    expect(refusal(meeting({ results: [motionResult('m4', 4, true)] }), 'm4')).toMatchObject({
      code: 'MotionNotAuthorising',
    })
    expect(refusal(meeting({ status: 'preliminary' }), 'm9')).toMatchObject({ code: 'MotionNotFinal' })
    expect(refusal(meeting(), 'm9-lost')).toEqual({ code: 'MotionNotPassed', details: field })
    // A building's own vote (V14) cannot spend the whole compound's account; a compound-wide one can.
    expect(refusal(meeting({ scope: { kind: 'building' }, scopeText: '2号楼' }), 'm9')).toEqual({
      code: 'MotionScoped',
      details: field,
    })
    expect(refusal(meeting({ scope: { kind: 'compound' } }), 'm9')).toBeUndefined()
    expect(() => assertAuthority(meeting(), 'm9-lost')).toThrow('这项表决未通过')
  })
})
