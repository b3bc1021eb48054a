import { canCall } from './access'
import { above, compound, governance, identity, ledger, platform, rectification, tickets } from './api/index'

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

  it('platform endpoints for platform admins only; community endpoints for its admins and platform admins', () => {
    expect(canCall(platform.createCommunity, ['community_admin'])).toBe(false)
    expect(canCall(platform.createCommunity, [], { platformAdmin: true })).toBe(true)
    expect(canCall(platform.createCompound, ['community_admin'])).toBe(false)
    expect(canCall(platform.createCompound, [], { communityAdmin: true })).toBe(true)
    expect(canCall(platform.createCompound, [], { platformAdmin: true })).toBe(true)
  })
  it('street endpoints for its staff, department endpoints for its users; `street: true` compound endpoints also for the street (G4)', () => {
    expect(canCall(above.streetCompounds, ['community_admin'])).toBe(false)
    expect(canCall(above.streetCompounds, [], { streetStaff: true })).toBe(true)
    expect(canCall(above.departmentQueue, [], { streetStaff: true })).toBe(false)
    expect(canCall(above.departmentQueue, [], { departmentStaff: true })).toBe(true)
    expect(canCall(governance.listDecisions, [], { streetStaff: true })).toBe(true)
    expect(canCall(above.whistleTicket, [], { streetStaff: true })).toBe(true)
    expect(canCall(above.whistleTicket, ['property_staff'])).toBe(false)
    // Reads and the whistle only: scheduling a meeting stays with the compound's convenors.
    expect(canCall(governance.scheduleJointMeeting, [], { streetStaff: true })).toBe(false)
    expect(canCall(above.whistleTicket, [], { departmentStaff: true })).toBe(false)
  })

  it('company endpoints for its users; `company: true` compound endpoints also for the compound’s company (S3)', () => {
    expect(canCall(rectification.companyDesk, [], { companyStaff: true })).toBe(true)
    expect(canCall(rectification.companyDesk, [], { streetStaff: true })).toBe(false)
    expect(canCall(rectification.replyNotice, [], { companyStaff: true })).toBe(true)
    expect(canCall(rectification.replyNotice, ['property_staff', 'community_admin'])).toBe(false)
    expect(canCall(rectification.reinspectNotice, [], { companyStaff: true })).toBe(false)
    expect(canCall(rectification.reinspectNotice, [], { streetStaff: true })).toBe(true)
    expect(canCall(rectification.listNotices, ['resident'])).toBe(true)
  })
})
