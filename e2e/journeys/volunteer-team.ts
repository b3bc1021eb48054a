import type { JourneyContext } from '../../scripts/e2e-run'
import { setElderMode } from '../a11y'
import { check, seeLocator, seeTextIn } from '../assert'
import { confirmDialog, logInAs, tapAction, tapButton, tapChip } from '../steps'

export const needsActivity = true

const ACTIVITY = '重阳节上门看望独居老人'

/**
 * 志愿服务队 (DOMAIN H1): 周明 of the committee sets up 夜间巡逻队 with 张伟 as leader from 邻里互助; 李建国, who is
 * not in a team, sees the members' names masked; 王芳 joins it; 孙丽 of the property records 2 hours of one
 * activity of 助老服务队 (seeded: 王芳 leads, 张伟 joined) for both at once; 王芳 finds it on 我的贡献. The teams
 * page in normal and elder mode.
 */
export async function run({ baseUrl, page, newPage, shot }: JourneyContext): Promise<void> {
  const zhou = page
  await logInAs(zhou, baseUrl, '周明')
  await tapAction(zhou, '邻里互助')
  await tapAction(zhou, '志愿服务队')
  await seeLocator(zhou.locator('.nb-team:visible', { hasText: '助老服务队' }), 'the seeded team')
  await tapChip(zhou, 'nb-team-kind', '治安巡逻队')
  await zhou.locator('.nb-team-name:visible input').fill('夜间巡逻队')
  await tapChip(zhou, 'nb-team-leader', '张伟')
  await tapButton(zhou, 'nb-team-submit:visible')
  const patrol = await seeLocator(zhou.locator('.nb-team:visible', { hasText: '夜间巡逻队' }), 'the new team')
  await seeTextIn(patrol, '队长：张伟')
  await seeTextIn(patrol, '治安巡逻队')
  await shot(zhou, 'created')

  const li = await newPage()
  await logInAs(li, baseUrl, '李建国')
  await tapAction(li, '邻里互助')
  await seeLocator(li.locator('.nb-registry-team:visible', { hasText: '夜间巡逻队' }), 'the team in 能人库')
  await li.locator('.nb-registry-team:visible', { hasText: '助老服务队' }).click()
  const outside = await seeLocator(li.locator('.nb-team:visible', { hasText: '助老服务队' }), 'the team from outside')
  // Outside the team, members' names are masked (P1).
  await seeTextIn(outside, '队长：王*')
  await seeTextIn(outside, '王*、张*')
  await shot(li, 'outsider')

  const wang = await newPage()
  await logInAs(wang, baseUrl, '王芳')
  await wang.goto(`${baseUrl}/#/pages/neighbours/teams/index`)
  const toJoin = await seeLocator(wang.locator('.nb-team:visible', { hasText: '夜间巡逻队' }), 'the team to join')
  await toJoin.locator('.nb-team-join').click()
  await seeTextIn(toJoin, '张伟、王芳')
  check((await toJoin.locator('.nb-team-leave').count()) === 1, 'a member may leave again')

  const sun = await newPage()
  await logInAs(sun, baseUrl, '孙丽')
  await sun.goto(`${baseUrl}/#/pages/neighbours/teams/index`)
  const care = await seeLocator(
    sun.locator('.nb-team:visible', { hasText: '助老服务队' }),
    'the team for the organiser',
  )
  await care.locator('.nb-team-open-hours').click()
  await care.locator('.nb-team-activity input').fill(ACTIVITY)
  await care.locator('.nb-team-duration').nth(1).click()
  await care.locator('.nb-team-present', { hasText: '王芳' }).click()
  await care.locator('.nb-team-present', { hasText: '张伟' }).click()
  await care.locator('.nb-team-record').click()
  await confirmDialog(sun, '记录活动时长')
  await seeTextIn(care, ACTIVITY)
  await seeTextIn(care, '王芳、张伟 各 2 小时')
  await shot(sun, 'hours')

  await wang.goto(`${baseUrl}/#/pages/neighbours/contributions/index`)
  await seeLocator(wang.locator('.nb-record:visible', { hasText: ACTIVITY }), 'the activity on 我的贡献')
  await shot(wang, 'contributions')

  await setElderMode(wang, true)
  await wang.goto(`${baseUrl}/#/pages/neighbours/teams/index`)
  await seeLocator(wang.locator('.nb-team:visible', { hasText: ACTIVITY }), 'the team in elder mode')
  await shot(wang, 'teams-elder')
}
