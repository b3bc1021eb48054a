import { PUBLIC_PART } from './report-draft'
import { lastReportOf, parseLastReport, startDraft } from './report-start'

const own = [{ unitId: 'b2-1-502', buildingId: 'b2', label: '2-1-502' }]

describe('startDraft', () => {
  it('opens on the reporter own unit, entrance and floor when nothing was reported before', () => {
    expect(startDraft(undefined, own, ['repair'])).toEqual({
      placeKind: 'building',
      placeName: '',
      description: '',
      buildingId: 'b2',
      entrance: '1',
      floor: 5,
      unitId: 'b2-1-502',
    })
  })

  it('prefers the last place and category used, and drops a category the compound no longer has', () => {
    const last = lastReportOf({
      category: 'repair',
      placeKind: 'building',
      buildingId: 'b1',
      entrance: '2',
      unitId: PUBLIC_PART,
      placeName: '',
      description: '楼道灯不亮',
    })
    expect(last).not.toHaveProperty('description')
    expect(startDraft(last, own, ['repair'])).toMatchObject({ category: 'repair', buildingId: 'b1', entrance: '2' })
    expect(startDraft(last, own, ['noise'])).not.toHaveProperty('category')
  })

  it('ignores a remembered place that was never completed, and opens blank for someone with no unit', () => {
    const half = { placeKind: 'building' as const, buildingId: 'b1', placeName: '' }
    expect(startDraft(half, own, [])).toMatchObject({ unitId: 'b2-1-502' })
    expect(startDraft(undefined, [], [])).toEqual({ placeKind: 'building', placeName: '', description: '' })
  })
})

describe('parseLastReport', () => {
  it('keeps only the fields written, with their types', () => {
    expect(parseLastReport({ placeKind: 'public', placeName: '东门', floor: '3', extra: 1 })).toEqual({
      placeKind: 'public',
      placeName: '东门',
    })
    expect(parseLastReport({ placeKind: 'roof' })).toBeUndefined()
    expect(parseLastReport('x')).toBeUndefined()
  })
})
