import { PUBLIC_PART, locationOf, similarQuery, validateReport, type ReportDraft } from './report-draft'

const draft = (patch: Partial<ReportDraft> = {}): ReportDraft => ({
  placeKind: 'building',
  placeName: '',
  description: '',
  ...patch,
})

describe('report draft', () => {
  it('turns the picked place into the ticket location', () => {
    expect(locationOf(draft({ buildingId: 'b2', unitId: 'b2-1-201' }))).toEqual({ kind: 'unit', unitId: 'b2-1-201' })
    expect(locationOf(draft({ buildingId: 'b2', unitId: PUBLIC_PART }))).toEqual({
      kind: 'building',
      buildingId: 'b2',
    })
    expect(locationOf(draft({ buildingId: 'b2', entrance: '1', unitId: PUBLIC_PART }))).toEqual({
      kind: 'building',
      buildingId: 'b2',
      entrance: '1',
    })
    expect(locationOf(draft({ buildingId: 'b2', entrance: '1', floor: 5, unitId: PUBLIC_PART }))).toEqual({
      kind: 'building',
      buildingId: 'b2',
      entrance: '1',
      floor: 5,
    })
    expect(locationOf(draft({ placeKind: 'public', placeName: ' 东门花坛 ' }))).toEqual({
      kind: 'public',
      name: '东门花坛',
    })
    expect(locationOf(draft({ buildingId: 'b2' }))).toBeUndefined()
  })

  it('asks for similar tickets only once category and place are known', () => {
    expect(similarQuery(draft({ buildingId: 'b2', unitId: 'b2-1-201' }))).toBeUndefined()
    expect(similarQuery(draft({ category: 'repair', buildingId: 'b2', unitId: PUBLIC_PART }))).toEqual({
      category: 'repair',
      buildingId: 'b2',
    })
  })

  it('names every missing part with what to do', () => {
    const errors = validateReport({ category: '', description: ' ', photoKeys: [], idempotencyKey: 'mp-abc-123456789' })
    expect(Object.keys(errors).sort()).toEqual(['category', 'description', 'location', 'photoKeys'])
  })
})
