import { livesThere, reaches } from './audience'

describe('who a notice reaches', () => {
  const building = { scopeUnitIds: ['b2-1-502', 'b2-2-401'] }
  const compound = {}

  it('reaches every resident and owner when it is for the whole compound, tenants without a unit too', () => {
    expect(reaches(compound, { roles: ['resident'], unitIds: [] })).toBe(true)
    expect(reaches(compound, { roles: ['resident', 'owner'], unitIds: ['b1-1-101'] })).toBe(true)
  })

  it('reaches only people holding a unit in the building or entrance', () => {
    expect(reaches(building, { roles: ['resident', 'owner'], unitIds: ['b1-1-101', 'b2-1-502'] })).toBe(true)
    expect(reaches(building, { roles: ['resident', 'owner'], unitIds: ['b1-1-301'] })).toBe(false)
    expect(reaches(building, { roles: ['resident'], unitIds: [] })).toBe(false)
  })

  it('never reaches people who only work there, even for the whole compound', () => {
    for (const roles of [['property_staff'], ['grid_worker'], ['community_admin']] as const)
      expect(reaches(compound, { roles, unitIds: [] })).toBe(false)
    expect(livesThere(['committee_member', 'owner'])).toBe(true)
  })
})
