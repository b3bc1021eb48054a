import { canCall } from './access'
import { compound, identity, ledger, tickets } from './api/index'

describe('canCall', () => {
  it('lets a compound endpoint through when one of the roles is in its policy', () => {
    expect(canCall(compound.listMembers, ['property_staff'])).toBe(true)
    expect(canCall(compound.listMembers, ['resident', 'committee_member'])).toBe(true)
    expect(canCall(ledger.myBills, ['owner'])).toBe(true)
  })

  it('refuses a compound endpoint to roles outside its policy and to someone with no membership', () => {
    expect(canCall(compound.listMembers, ['resident', 'owner', 'grid_worker'])).toBe(false)
    expect(canCall(tickets.dispatchConsole, [])).toBe(false)
    expect(canCall(tickets.dispatchConsole, undefined)).toBe(false)
  })

  it('lets public and signed-in endpoints through whatever the roles, and never offers dev endpoints', () => {
    expect(canCall(identity.health, undefined)).toBe(true)
    expect(canCall(identity.me, [])).toBe(true)
    expect(canCall(identity.devLogin, ['community_admin'])).toBe(false)
  })
})
