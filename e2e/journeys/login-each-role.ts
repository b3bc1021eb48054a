import type { JourneyContext } from '../../scripts/e2e-run'
import { notSeeText, seeLocator, seeText, seeTextIn } from '../assert'
import { logInAs } from '../steps'

interface Expectation {
  name: string
  role: string
  /** Text each person must find on their home page. */
  sees: string[]
  /** Actions that belong to other roles and must not show. */
  notSees?: string[]
  /** Units on the 我的房屋 card (owners). */
  units?: string[]
  /** The grid on the 我的网格 card (grid workers). */
  grid?: string
}

const PEOPLE: Expectation[] = [
  { name: '王芳', role: '住户', sees: ['随手拍报修', '认证业主'], notSees: ['认证审核', '我的房屋'] },
  { name: '林晓', role: '住户', sees: ['随手拍报修', '认证业主'], notSees: ['导入花名册'] },
  {
    name: '李建国',
    role: '业主',
    sees: ['我的房屋', '业主议事'],
    notSees: ['认证业主'],
    units: ['1-1-101', '2-1-502'],
  },
  { name: '张伟', role: '业主', sees: ['我的房屋'], units: ['1-1-301'] },
  { name: '陈静', role: '网格员', sees: ['我的网格'], grid: '第一网格', notSees: ['第二网格'] },
  { name: '赵磊', role: '网格员', sees: ['我的网格'], grid: '第二网格', notSees: ['第一网格'] },
  { name: '孙丽', role: '物业', sees: ['小区概况'], notSees: ['认证审核', '认证业主'] },
  { name: '周明', role: '业委会委员', sees: ['认证审核', '导入花名册'] },
  { name: '吴红', role: '业委会委员', sees: ['认证审核', '导入花名册'] },
  { name: '郑强', role: '社区管理员', sees: ['网格与角色', '导入花名册'], notSees: ['认证业主'] },
]

/** Every seeded person logs in through the picker and finds what their role is for on home. */
export async function run({ baseUrl, page }: JourneyContext): Promise<void> {
  for (const person of PEOPLE) {
    await logInAs(page, baseUrl, person.name)
    const greeting = page.locator('.home-greeting')
    await seeTextIn(greeting, '和谐家园')
    await seeTextIn(greeting, person.role)
    for (const text of person.sees)
      await seeLocator(page.locator('.action-tile', { hasText: text }), `${person.name} sees ${text}`)
    for (const text of person.notSees ?? []) await notSeeText(page, text, 100)
    if (person.units) {
      const card = await seeLocator(page.locator('.my-units'), `${person.name}'s units`)
      for (const unit of person.units) await seeTextIn(card, unit)
    }
    if (person.grid) {
      const card = await seeLocator(page.locator('.grids-card'), `${person.name}'s grid`)
      await seeTextIn(card, person.grid)
      await seeText(page, '我负责')
    }
  }
}
