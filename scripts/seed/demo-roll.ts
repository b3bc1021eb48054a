import { ROLL_CSV_COLUMNS } from '@jiayuan/contracts'
import { toCsv } from '@jiayuan/domain'

type Row = Record<(typeof ROLL_CSV_COLUMNS)[number], string>

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈'
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '秀英',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀兰',
  '霞',
  '平',
  '刚',
  '桂英',
  '建华',
  '文',
  '华',
  '红',
  '晓东',
  '玉兰',
  '海燕',
]

/** Named people the personas are bound to; everything else on the roll is generated deterministically. */
export const NAMED_OWNERS = {
  lijianguo: { ownerId: 'o-lijianguo', name: '李建国', units: ['b1-1-101', 'b2-1-502'] },
  zhangwei: { ownerId: 'o-zhangwei', name: '张伟', units: ['b1-1-301'] },
  liuyang: { ownerId: 'o-liuyang', name: '刘洋', units: ['b1-1-301'] },
  zhouming: { ownerId: 'o-zhouming', name: '周明', units: ['b1-2-702'] },
  wuhong: { ownerId: 'o-wuhong', name: '吴红', units: ['b2-2-401'] },
  linxiao: { ownerId: 'o-linxiao', name: '林晓', units: ['b2-2-602'] },
} as const

export const DEVELOPER = { ownerId: 'o-developer', name: '江南和谐置业有限公司' }
const DEVELOPER_UNITS = new Set(['b3-2-901', 'b3-2-902', 'b3-2-1001', 'b3-2-1002'])
/** Couples holding one unit together; the first named is the voter (DOMAIN V3). */
const CO_OWNED = new Set(['b2-1-301', 'b3-1-202'])

/** A stable fake mobile number per owner, so an owner of two units has one phone. */
function phoneOf(ownerId: string): string {
  let h = 7
  for (const ch of ownerId) h = (h * 31 + ch.charCodeAt(0)) % 100_000_000
  return `139${String(h).padStart(8, '0')}`
}

/** Areas in hundredths of m²: room 01 is the larger plan, varied a little per building and floor. */
function area(building: number, floor: number, room: number): number {
  const plan = room === 1 ? 12048 : 8935
  return plan + building * 37 + (floor % 3) * 11
}

/**
 * The demo compound's roll: 3 buildings × 2 entrances × 10 floors × 2 rooms = 120 units, with co-owned units,
 * one owner of two units, and four unsold units held by the developer.
 */
export function demoRollCsv(): string {
  const rows: Row[] = []
  const named = new Map<string, Array<{ ownerId: string; name: string }>>()
  for (const o of Object.values(NAMED_OWNERS)) for (const u of o.units) named.set(u, [...(named.get(u) ?? []), o])
  let n = 0
  for (let b = 1; b <= 3; b++) {
    for (let e = 1; e <= 2; e++) {
      for (let floor = 1; floor <= 10; floor++) {
        for (let room = 1; room <= 2; room++) {
          const unitId = `b${b}-${e}-${floor}0${room}`
          const a = area(b, floor, room)
          const unit = {
            building_id: `b${b}`,
            building_name: `${b}号楼`,
            unit_id: unitId,
            unit_label: `${b}-${e}-${floor}0${room}`,
            kind: 'residential',
            registered_area: floor === 10 ? '' : (a / 100).toFixed(2),
            surveyed_area: floor === 10 ? (a / 100).toFixed(2) : '',
            contract_area: '',
          }
          n++
          const owners: Array<{ ownerId: string; name: string; developer?: boolean }> = DEVELOPER_UNITS.has(unitId)
            ? [{ ...DEVELOPER, developer: true }]
            : (named.get(unitId) ??
              (CO_OWNED.has(unitId)
                ? [0, 1].map((k) => ({
                    ownerId: `o-${unitId}-${k}`,
                    name: `${SURNAMES[(n + k * 7) % SURNAMES.length]}${GIVEN[(n * 3 + k) % GIVEN.length]}`,
                  }))
                : [
                    {
                      ownerId: `o-${unitId}`,
                      name: `${SURNAMES[n % SURNAMES.length]}${GIVEN[(n * 7) % GIVEN.length]}`,
                    },
                  ]))
          owners.forEach((o, k) =>
            rows.push({
              ...unit,
              status: o.developer ? 'developer_unsold' : 'owned',
              owner_id: o.ownerId,
              owner_kind: o.developer ? 'organisation' : 'person',
              owner_name: o.name,
              owner_phone: o.developer ? '0571-88880000' : phoneOf(o.ownerId),
              is_developer: o.developer ? 'yes' : 'no',
              is_voter: k === 0 ? 'yes' : 'no',
            }),
          )
        }
      }
    }
  }
  return toCsv([[...ROLL_CSV_COLUMNS], ...rows.map((r) => ROLL_CSV_COLUMNS.map((c) => r[c]))])
}

/** The small second compound, for people who belong to two (the compound switch). */
export function secondRollCsv(): string {
  const rows: string[][] = []
  for (let floor = 1; floor <= 4; floor++) {
    for (let room = 1; room <= 2; room++) {
      const id = `x1-1-${floor}0${room}`
      rows.push([
        'x1',
        '1幢',
        id,
        `1-1-${floor}0${room}`,
        'residential',
        'owned',
        '76.20',
        '',
        '',
        `ox-${id}`,
        'person',
        `${SURNAMES[floor * 3 + room]}${GIVEN[floor + room]}`,
        '',
        'no',
        'yes',
      ])
    }
  }
  return toCsv([[...ROLL_CSV_COLUMNS], ...rows])
}
