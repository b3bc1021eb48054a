import { getUnit, saveCarePlan, type Db } from '@jiayuan/db'

/**
 * 刘秀英 (persona `elder`) lives alone at 1-1-102 (grid A, 陈静); she taps 我很好 between 7 and 10 each morning,
 * paired with her neighbour 王芳; her daughter is the family contact. Recorded by staff at a home visit.
 */
export async function seedCare(db: Db, o: { p: string; compoundId: string; at: string }): Promise<void> {
  // Watched from the first window that ends after the visit's day has begun: a demo started before 10:00 Beijing
  // time would otherwise find that very morning already missed, and each run of the demo would differ by the hour.
  const beijingDay = new Date(Date.parse(o.at) + 8 * 3_600_000).toISOString().slice(0, 10)
  const todaysWindowEnd = new Date(`${beijingDay}T10:00:00+08:00`).toISOString()
  const since = o.at > todaysWindowEnd ? o.at : todaysWindowEnd
  const unit = await getUnit(db, o.compoundId, 'b1-1-102')
  if (!unit) throw new Error('the demo roll has no unit b1-1-102')
  await saveCarePlan(
    db,
    {
      compoundId: o.compoundId,
      elderId: `${o.p}u-elder`,
      elderName: '刘秀英',
      unitId: unit.unitId,
      unitLabel: unit.label,
      gridId: 'grid-a',
      windowStart: '07:00',
      windowEnd: '10:00',
      neighbourId: `${o.p}u-resident`,
      neighbourName: '王芳',
      familyName: '女儿',
      familyPhone: '13905719102',
      offsets: { neighbour: 30, grid_worker: 90, family: 180 },
      carerIds: [],
      consent: { byId: `${o.p}u-staff`, byName: '孙丽', note: '入户登记，老人本人同意', at: o.at },
      since,
      version: 1,
      updatedAt: o.at,
    },
    0,
    'seed',
  )
}
