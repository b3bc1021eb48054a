import type { Ticket } from '@jiayuan/contracts'
import type { Db } from '../client'
import { heldTicketWithFollowers, holdTicketWithFollowers } from './followers'

const db = {} as Db
const ticket = { compoundId: 'c', ticketId: 't' } as Ticket

describe('the ticket and followers a warm instance holds', () => {
  it('holds followers only with the revision the ticket itself carries', () => {
    holdTicketWithFollowers(db, 'c', 't', {
      stored: { ticket, version: 2, followersRev: 'r1' },
      followerIds: ['a'],
      followersRev: 'r1',
    })
    expect(heldTicketWithFollowers(db, 'c', 't')?.followerIds).toEqual(['a'])
    // Written on a ticket read again after someone followed (r2): the followers planned for are r1's, so nothing is
    // held and the next step reads both afresh.
    holdTicketWithFollowers(db, 'c', 't', {
      stored: { ticket, version: 3, followersRev: 'r2' },
      followerIds: ['a'],
      followersRev: 'r1',
    })
    expect(heldTicketWithFollowers(db, 'c', 't')).toBeUndefined()
    // Nobody has ever followed: no revision on either side.
    holdTicketWithFollowers(db, 'c', 't', { stored: { ticket, version: 1 }, followerIds: [] })
    expect(heldTicketWithFollowers(db, 'c', 't')?.stored?.version).toBe(1)
  })
})
