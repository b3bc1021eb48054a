import { createHash } from 'node:crypto'
import {
  ItemMissing,
  createCommunity,
  applyRollDiff,
  diffRoll,
  getCompound,
  putCompound,
  putGrid,
  putCommunityMembership,
  putDepartment,
  putDepartmentMembership,
  linkCompoundCompany,
  putCompanyMembership,
  putStreet,
  putStreetMembership,
  putMembership,
  putUser,
  userForPersona,
  type Db,
} from '@jiayuan/db'
import { defaultSettings, validateRollCsv } from '@jiayuan/domain'
import { demoRollCsv, secondRollCsv } from './demo-roll'
import { seedCare } from './seed-care'
import {
  DEMO_COMMUNITY,
  DEMO_COMPANY,
  DEMO_COMPOUND,
  DEMO_DEPARTMENTS,
  DEMO_STREET,
  PERSONAS,
  PLATFORM_ADMIN,
  SECOND_COMPOUND,
  personaMemberships,
  type PersonaSpec,
} from './personas'

const SEED_ACTOR = 'seed'

async function importRoll(db: Db, compoundId: string, csv: string, at: string): Promise<void> {
  const check = validateRollCsv(csv)
  if (check.errors.length) throw new Error(`demo roll is invalid: ${JSON.stringify(check.errors.slice(0, 3))}`)
  const diff = await diffRoll(db, compoundId, check.roll)
  const fileHash = createHash('sha256').update(csv).digest('hex')
  await applyRollDiff(db, compoundId, diff, { fileHash, actorId: SEED_ACTOR, at, rows: check.rows })
}

async function exists(db: Db, compoundId: string): Promise<boolean> {
  try {
    await getCompound(db, compoundId)
    return true
  } catch (err) {
    if (err instanceof ItemMissing) return false
    throw err
  }
}

/**
 * Seeds the demo compound (and a small second one) once. `prefix` lets tests seed isolated copies side by side
 * in one table; the app itself uses no prefix.
 */
export async function seedDemo(
  db: Db,
  options: { prefix?: string; now?: Date } = {},
): Promise<{ seeded: boolean; compoundIds: string[] }> {
  const p = options.prefix ?? ''
  const at = (options.now ?? new Date()).toISOString()
  const main = { ...DEMO_COMPOUND, compoundId: `${p}${DEMO_COMPOUND.compoundId}` }
  const second = { ...SECOND_COMPOUND, compoundId: `${p}${SECOND_COMPOUND.compoundId}` }
  if (await exists(db, main.compoundId)) return { seeded: false, compoundIds: [main.compoundId, second.compoundId] }

  const communityId = `${p}${DEMO_COMMUNITY.communityId}`
  await createCommunity(db, { ...DEMO_COMMUNITY, communityId, createdAt: at }, SEED_ACTOR)
  for (const c of [second, main]) {
    const { city, ticketPrefix, ...rest } = c
    await putCompound(db, {
      ...rest,
      communityId,
      settings: { ...defaultSettings(city), ticketPrefix },
      createdAt: at,
    })
  }
  // The street above the community and the departments it whistles to (DOMAIN G4).
  const streetId = `${p}${DEMO_STREET.streetId}`
  await putStreet(db, { ...DEMO_STREET, streetId }, [communityId])
  for (const d of DEMO_DEPARTMENTS) await putDepartment(db, { ...d, departmentId: `${p}${d.departmentId}`, streetId })
  // One property company serving both compounds, linked as the street would (DOMAIN S3).
  const company = { ...DEMO_COMPANY, companyId: `${p}${DEMO_COMPANY.companyId}` }
  for (const [i, c] of [main, second].entries()) {
    await linkCompoundCompany(db, {
      compoundId: c.compoundId,
      company,
      create: i === 0,
      streetId,
      event: { actorId: SEED_ACTOR, at, reason: '登记现行物业服务企业' },
    })
  }
  await importRoll(db, main.compoundId, demoRollCsv(), at)
  await importRoll(db, second.compoundId, secondRollCsv(), at)
  const gridA = { gridId: 'grid-a', name: '第一网格', buildingIds: ['b1', 'b2'] }
  await putGrid(db, main.compoundId, gridA, [], { userId: SEED_ACTOR, at })
  await putGrid(db, main.compoundId, { gridId: 'grid-b', name: '第二网格', buildingIds: ['b3'] }, [gridA], {
    userId: SEED_ACTOR,
    at,
  })

  const names: Record<string, string> = { [main.compoundId]: main.name, [second.compoundId]: second.name }
  for (const [order, persona] of PERSONAS.entries()) await seedPersona(db, persona, { p, names, order, at })
  await seedCare(db, { p, compoundId: main.compoundId, at })
  return { seeded: true, compoundIds: [main.compoundId, second.compoundId] }
}

async function seedPersona(
  db: Db,
  persona: PersonaSpec,
  o: { p: string; names: Record<string, string>; order: number; at: string },
): Promise<void> {
  const userId = `${o.p}u-${persona.personaId}`
  const memberships = personaMemberships(
    { ...persona, memberships: persona.memberships.map((m) => ({ ...m, compoundId: `${o.p}${m.compoundId}` })) },
    o.names,
  )
  await putUser(db, {
    userId,
    displayName: persona.displayName,
    createdAt: o.at,
    ...(persona.phone ? { phone: persona.phone } : {}),
    ...(persona.workPhone ? { workPhone: persona.workPhone } : {}),
    ...(persona.platformAdmin ? { platformAdmin: true } : {}),
    persona: {
      personaId: `${o.p}${persona.personaId}`,
      description: persona.description,
      order: o.order,
      memberships: memberships.map((m) => ({
        compoundId: m.compoundId,
        compoundName: m.compoundName,
        roles: m.roles,
      })),
    },
  })
  for (const m of memberships) await putMembership(db, userId, m)
  for (const id of persona.streets ?? []) {
    await putStreetMembership(db, userId, { streetId: `${o.p}${id}`, streetName: DEMO_STREET.name })
  }
  for (const id of persona.departments ?? []) {
    const department = DEMO_DEPARTMENTS.find((d) => d.departmentId === id)
    if (!department) throw new Error(`unknown demo department ${id}`)
    const { name: departmentName, kind } = department
    await putDepartmentMembership(db, userId, { departmentId: `${o.p}${id}`, departmentName, kind })
  }
  for (const id of persona.companies ?? []) {
    await putCompanyMembership(db, userId, { companyId: `${o.p}${id}`, companyName: DEMO_COMPANY.name })
  }
  for (const id of persona.communities ?? []) {
    const communityId = `${o.p}${id}`
    await putCommunityMembership(db, userId, { communityId, communityName: DEMO_COMMUNITY.name })
  }
}

/**
 * `npm start -- --empty`: no compound at all, only the bootstrap platform admin (a dev-login persona), who
 * creates the first community and compound in the pages as a real deployment's admin would. Once only.
 */
export async function seedEmpty(db: Db, options: { prefix?: string; now?: Date } = {}): Promise<{ seeded: boolean }> {
  const p = options.prefix ?? ''
  if (await userForPersona(db, `${p}${PLATFORM_ADMIN.personaId}`)) return { seeded: false }
  const at = (options.now ?? new Date()).toISOString()
  await seedPersona(db, PLATFORM_ADMIN, { p, names: {}, order: 0, at })
  return { seeded: true }
}
