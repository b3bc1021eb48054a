/**
 * `3-2-502` → `3栋*单元**室` (DOMAIN P1): the building stays (it is public knowledge which building a problem
 * is in), entrance and room are hidden. The stars are fixed in number, so the mask does not tell a 3-digit
 * room from a 4-digit one. Two-part labels (`3-502`, no entrance) become `3栋**室`; labels already in
 * Chinese (`3栋2单元502室`, `3号楼502`) are read the same way. Anything else is masked whole.
 */
export function maskUnitLabel(label: string): string {
  const building = buildingOf(label.trim())
  if (building === undefined) return '***'
  return building.hasEntrance ? `${building.name}栋*单元**室` : `${building.name}栋**室`
}

const DASHED = /^([A-Za-z0-9]+)[-－—](?:([A-Za-z0-9]+)[-－—])?[A-Za-z0-9]+$/
const CHINESE = /^([A-Za-z0-9]+)(?:栋|幢|号楼|座)(?:([A-Za-z0-9]+)单元)?[A-Za-z0-9]+室?$/

function buildingOf(label: string): { name: string; hasEntrance: boolean } | undefined {
  const match = DASHED.exec(label) ?? CHINESE.exec(label)
  if (!match?.[1]) return undefined
  return { name: match[1], hasEntrance: match[2] !== undefined }
}

/** A unit written into free text in Chinese (`3栋2单元502室`, `5号楼1203`), not inside a longer word of digits. */
const UNIT_IN_TEXT =
  /(?<![A-Za-z0-9])[A-Za-z0-9]{1,4}(?:栋|幢|号楼|座)(?:[A-Za-z0-9]{1,3}单元)?\d{3,4}(?:室|号)?(?!\d)/g

/** Text for people outside the compound: each unit named in it masked as maskUnitLabel does (DOMAIN P1). */
export function maskUnitsInText(text: string): string {
  return text.replace(UNIT_IN_TEXT, (unit) => maskUnitLabel(unit.replace(/号$/, '')))
}
