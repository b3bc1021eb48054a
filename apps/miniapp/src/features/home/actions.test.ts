import { homeActions } from './actions'

const ids = (...roles: Parameters<typeof homeActions>[0]) => homeActions(roles).map((a) => a.id)

describe('homeActions', () => {
  it('offers a resident the report and the owner binding', () => {
    expect(ids('resident')).toEqual([
      'report',
      'myTickets',
      'bind',
      'board',
      'monthlyReport',
      'disclosure',
      'parties',
      'neighbours',
    ])
  })

  it('does not offer binding to someone who is already an owner', () => {
    expect(ids('resident', 'owner')).toEqual([
      'report',
      'myTickets',
      'ledger',
      'bills',
      'units',
      'assembly',
      'board',
      'monthlyReport',
      'disclosure',
      'parties',
      'neighbours',
    ])
  })

  it('gives committee members review and roll import before their owner actions', () => {
    expect(ids('committee_member', 'owner', 'resident')).toEqual([
      'review',
      'approvals',
      'bulletins',
      'roll',
      'ticketStats',
      'qrCode',
      'report',
      'myTickets',
      'ledger',
      'bills',
      'units',
      'assembly',
      'board',
      'monthlyReport',
      'disclosure',
      'parties',
      'neighbours',
    ])
  })

  it('lists each action once when two roles share it', () => {
    expect(ids('committee_member', 'community_admin')).toEqual([
      'review',
      'approvals',
      'bulletins',
      'roll',
      'ticketStats',
      'qrCode',
      'escalations',
      'members',
      'overview',
      'gridSetup',
      'settings',
      'board',
      'monthlyReport',
      'disclosure',
      'parties',
      'neighbours',
    ])
  })

  it('gives staff and grid workers their own entry', () => {
    expect(ids('property_staff')).toEqual([
      'dispatch',
      'bulletins',
      'expense',
      'payment',
      'ticketStats',
      'overview',
      'disclosure',
      'parties',
      'neighbours',
    ])
    expect(ids('grid_worker')).toEqual(['gridTickets', 'grids', 'disclosure', 'parties'])
  })

  it('offers 邻里互助 to everyone who lives there and to those who record hours, not to grid workers alone (H1, H2)', () => {
    expect(ids('resident')).toContain('neighbours')
    expect(ids('property_staff')).toContain('neighbours')
    expect(ids('grid_worker')).not.toContain('neighbours')
  })

  it('offers the compound’s QR code to those who put it up in the lobby, and to nobody who only scans it', () => {
    expect(ids('community_admin')).toContain('qrCode')
    expect(ids('committee_member')).toContain('qrCode')
    expect(ids('resident', 'owner')).not.toContain('qrCode')
  })

  it('puts the community admin’s 上报件 first (DOMAIN T12)', () => {
    expect(ids('community_admin')[0]).toBe('escalations')
    expect(ids('property_staff')).not.toContain('escalations')
  })

  it('offers notices (公告) to staff and the committee, who post them, and to nobody who only reads them', () => {
    expect(ids('property_staff')).toContain('bulletins')
    expect(ids('committee_member')).toContain('bulletins')
    expect(ids('resident', 'owner')).not.toContain('bulletins')
  })

  it('gives the community admin the setup tools: roll, overview, grids, settings (issue #12)', () => {
    expect(ids('community_admin')).toEqual(expect.arrayContaining(['roll', 'overview', 'gridSetup', 'settings']))
    expect(ids('committee_member')).not.toContain('settings')
    expect(ids('property_staff')).not.toContain('gridSetup')
  })

  it('never offers an action to a role whose endpoint policy would refuse it', () => {
    // A community admin is not an owner: no bills, no ballot, even if a list someday names them.
    expect(ids('community_admin')).not.toContain('bills')
    expect(ids('grid_worker')).not.toContain('ledger')
  })
})
