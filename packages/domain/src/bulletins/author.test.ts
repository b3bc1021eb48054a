import { Conflict, Forbidden } from '../errors'
import { authorRoleOf, checkWithdraw, mayWithdraw } from './author'

const now = new Date('2026-12-08T01:00:00.000Z')
const notice = {
  authorId: 'u-committee',
  status: 'published' as const,
  startsAt: '2026-12-08T00:00:00.000Z',
  endsAt: '2026-12-09T00:00:00.000Z',
}
const author = { userId: 'u-committee', roles: ['committee_member', 'owner'] as const }
const staff = { userId: 'u-staff', roles: ['property_staff'] as const }
const otherMember = { userId: 'u-committee-2', roles: ['committee_member'] as const }

describe('posting as', () => {
  it('is property staff when the person is both, else the committee', () => {
    expect(authorRoleOf(['committee_member', 'property_staff'])).toBe('property_staff')
    expect(authorRoleOf(['committee_member', 'owner'])).toBe('committee_member')
  })
})

describe('withdrawing a notice (撤回)', () => {
  it('is for its author and for property staff, not for another committee member', () => {
    expect(mayWithdraw(notice, author, now)).toBe(true)
    expect(mayWithdraw(notice, staff, now)).toBe(true)
    expect(mayWithdraw(notice, otherMember, now)).toBe(false)
    expect(() => checkWithdraw(notice, otherMember, now)).toThrow(Forbidden)
    expect(() => checkWithdraw(notice, author, now)).not.toThrow()
  })

  it('is refused once withdrawn or ended: it is no longer on any home page', () => {
    expect(() => checkWithdraw({ ...notice, status: 'withdrawn' }, staff, now)).toThrow(Conflict)
    const later = new Date('2026-12-09T00:00:00.000Z')
    expect(mayWithdraw(notice, staff, later)).toBe(false)
    expect(() => checkWithdraw(notice, staff, later)).toThrow('这条公告已经结束，不在首页显示了')
  })
})
