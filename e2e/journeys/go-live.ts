/// <reference lib="dom" />
import type { Page } from 'playwright-core'
import { Workbook } from 'exceljs'
import { ROLL_CSV_COLUMNS } from '@jiayuan/contracts'
import type { JourneyContext } from '../../scripts/e2e-run'
import { api } from '../api'
import { createCommunity, createCompound } from '../going-live'
import { check, eventually, seeLocator, seeText, seeTextIn } from '../assert'
import { evidencePng } from '../fixtures'
import { pickDay } from '../pickers'
import { acceptInvite, confirmDialog, issuedCode, logInAsNewcomer, tapAction, tapButton, tapChip } from '../steps'
import { reportProblem } from './ticket-lifecycle'

/** Starts as `npm start -- --empty`: no compound at all, only the bootstrap platform admin. */
export const startsEmpty = true

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const OWNERS = ['刘芳', '高军', '马丽', '罗斌', '梁静', '谢涛', '宋燕', '唐明']

/**
 * 新华苑's roll as the committee keeps it in Excel: two buildings of one entrance, two floors of two rooms.
 * `badArea` writes an area in words on the third data row (spreadsheet row 4), as people do.
 */
async function rollXlsx(badArea: boolean): Promise<Buffer> {
  const book = new Workbook()
  const sheet = book.addWorksheet('花名册')
  sheet.addRow([...ROLL_CSV_COLUMNS])
  let n = 0
  for (const b of [1, 2])
    for (const floor of [1, 2])
      for (const room of [1, 2]) {
        const unit = `x${b}-1-${floor}0${room}`
        const area = badArea && n === 2 ? '九十' : 80 + 10 * room + floor / 4
        const owner = OWNERS[n] ?? '业主'
        sheet.addRow([
          `x${b}`,
          `${b}号楼`,
          unit,
          `${b}-1-${floor}0${room}`,
          'residential',
          'owned',
          area,
          '',
          '',
          `o-${unit}`,
          'person',
          owner,
          '',
          'no',
          'yes',
        ])
        n += 1
      }
  return Buffer.from(await book.xlsx.writeBuffer())
}

/** The session the H5 app keeps (lib/storage.ts: `{ data }` holding JSON). */
async function tokenIn(page: Page): Promise<string> {
  const raw = (await page.evaluate(`window.localStorage.getItem('jy.session')`)) as string
  return (JSON.parse(JSON.parse(raw).data) as { token: string }).token
}

/** Scans the lobby poster: the QR code opens the join page with the compound chosen; reads the guide, agrees, joins. */
async function joinByQr(page: Page, joinLink: string): Promise<void> {
  await page.goto(joinLink)
  await page.reload()
  const join = await seeLocator(page.locator('.join-compound'), 'the join page')
  await seeTextIn(join, '新华苑')
  await seeText(page, '家园隐私保护指引')
  await tapButton(page, 'privacy-agree')
  await tapButton(page, 'join-submit')
  await seeLocator(page.locator('.join-done'), 'joined 新华苑')
}

/**
 * A compound goes live from nothing, run by its own people (issue #12). The platform admin creates 新华社区 and
 * invites its admin 何平; 何平 logs in for the first time, accepts, creates the compound 新华苑 with Hangzhou's
 * rules and a fee rate, imports its buildings and units from the committee's Excel file (a bad row is reported
 * with its row number, then the fixed file goes in), makes two grids and invites a grid worker, who accepts.
 * Residents scan the lobby code: 周建华 and 吴敏 join, and 何平 records them as the committee from the street's
 * filing with its document and term; 周建华 proposes the year's budget and 吴敏 approves it. 何平 downloads the
 * lobby poster. 孙阿姨, a tenant, joins and reports a broken stair light in 1号楼; 刘芳 joins and asks to be
 * recorded as the owner of 1-1-101, which 周建华 approves; 赵师傅, the worker of 东区网格, sees the report in his
 * grid and claims it.
 */
export async function run({ baseUrl, page, newPage, shot, runJobs }: JourneyContext): Promise<void> {
  const adminCode = await createCommunity(page, baseUrl)

  // 何平: first login, the invite, then the compound.
  const admin = await newPage()
  await logInAsNewcomer(admin, baseUrl, '何平')
  await acceptInvite(admin, adminCode)
  await tapButton(admin, 'invite-go-home')
  await createCompound(admin, shot)
  const token = await tokenIn(admin)
  const { communities } = (await api(baseUrl, token, 'GET', '/v1/communities')) as {
    communities: Array<{ communityId: string; name: string }>
  }
  const communityId = communities.find((c) => c.name === '新华社区')?.communityId ?? ''
  const { compounds } = (await api(baseUrl, token, 'GET', `/v1/communities/${communityId}/compounds`)) as {
    compounds: Array<{ compoundId: string; name: string }>
  }
  const compoundId = compounds.find((c) => c.name === '新华苑')?.compoundId ?? ''
  check(compoundId !== '', 'the new compound is listed under its community')
  const joinLink = `${baseUrl}/#/pages/join/index?compoundId=${compoundId}`

  // The roll from Excel: a bad row first, reported by its spreadsheet row; then the fixed file.
  await admin.goto(`${baseUrl}/#/pages/index/index`)
  await admin.reload()
  await tapAction(admin, '导入花名册')
  for (const bad of [true, false]) {
    const chooser = admin.waitForEvent('filechooser')
    await tapButton(admin, 'roll-pick-file')
    await (await chooser).setFiles({ name: '新华苑花名册.xlsx', mimeType: XLSX, buffer: await rollXlsx(bad) })
    await seeText(admin, '已选：新华苑花名册.xlsx')
    await tapButton(admin, 'roll-check')
    if (bad) {
      const row = await seeLocator(admin.locator('.row-error'), 'the bad row')
      await seeTextIn(row, '4')
      await seeTextIn(row, '登记面积')
      await seeText(admin, '未导入任何数据')
      await shot(admin, 'roll-bad-row')
    }
  }
  await seeLocator(admin.locator('.roll-checked'), 'the check of the fixed file')
  await tapButton(admin, 'roll-commit')
  await seeTextIn(await seeLocator(admin.locator('.roll-imported'), 'the import result'), '导入完成')

  // Two grids, one building each.
  await admin.goBack()
  await tapAction(admin, '网格划分')
  await seeTextIn(await seeLocator(admin.locator('.grids-uncovered'), 'buildings without a grid'), '1号楼')
  for (const [name, building] of [
    ['东区网格', '1号楼'],
    ['西区网格', '2号楼'],
  ] as const) {
    const fresh = admin.locator('.grid-new')
    await fresh.locator('.grid-name input').fill(name)
    await fresh.locator('.building-toggle', { hasText: building }).click()
    await fresh.locator('.grid-save').click()
    await confirmDialog(admin, name)
    await seeLocator(admin.locator('.grid-card', { hasText: name }), `the grid ${name}`)
  }
  await seeLocator(admin.locator('.grids-covered'), 'every building in a grid')
  await shot(admin, 'grids')

  // A grid worker for 东区网格, invited and accepted.
  await admin.goBack()
  await tapAction(admin, '网格与角色')
  await seeLocator(admin.locator('.member-item', { hasText: '何平' }), 'the members of 新华苑')
  await eventually(
    async () => {
      if ((await admin.locator('.invite-grid-chip').count()) === 0) await tapChip(admin, 'invite-role-chip', '网格员')
      return admin.locator('.invite-grid-chip').count()
    },
    (n) => n > 0,
    'the grids to choose once 网格员 is chosen',
  )
  await tapChip(admin, 'invite-grid-chip', '东区网格')
  await admin.locator('.staff-invite-note input').fill('网格员 赵师傅')
  await tapButton(admin, 'invite-staff-submit')
  const workerCode = await issuedCode(admin)
  const worker = await newPage()
  await logInAsNewcomer(worker, baseUrl, '赵师傅')
  await acceptInvite(worker, workerCode)
  await seeText(worker, '新华苑 · 网格员')

  // Two residents join by the lobby code and are recorded as the committee from the street's filing.
  const zhou = await newPage()
  await logInAsNewcomer(zhou, baseUrl, '周建华')
  await joinByQr(zhou, joinLink)
  await shot(zhou, 'joined')
  const wu = await newPage()
  await logInAsNewcomer(wu, baseUrl, '吴敏')
  await joinByQr(wu, joinLink)

  await admin.reload()
  const committeeCard = await seeLocator(admin.locator('.committee-card'), 'the 登记业委会 card')
  const [chooser] = await Promise.all([
    admin.waitForEvent('filechooser'),
    committeeCard.locator('.committee-doc-photo').click(),
  ])
  await chooser.setFiles({ name: 'filing.png', mimeType: 'image/png', buffer: evidencePng() })
  await seeTextIn(committeeCard, '已上传')
  await tapChip(admin, 'committee-member-chip', '周建华')
  await tapChip(admin, 'committee-member-chip', '吴敏')
  const today = new Date(Date.now() + 8 * 3600_000)
  const termEnd = `${today.getUTCFullYear() + 2}-${String(today.getUTCMonth() + 1).padStart(2, '0')}-01`
  await pickDay(admin, committeeCard.locator('.date-field.term-end'), termEnd)
  await committeeCard.locator('.committee-reason input').fill('朝晖街道备案 2026 第 12 号')
  await tapButton(admin, 'record-committee')
  await seeLocator(
    admin.locator('.member-item', { hasText: '周建华' }).filter({ hasText: '业委会' }),
    '周建华 on the committee',
  )
  await shot(admin, 'committee-recorded')

  // The lobby poster.
  await admin.goto(`${baseUrl}/#/pages/index/index`)
  await tapAction(admin, '小区码')
  const code = admin.locator('.qr-image img')
  await eventually(
    () => code.evaluate((img) => (img as HTMLImageElement).naturalWidth),
    (w) => w > 0,
    'the compound QR code shows',
  )
  const [download] = await Promise.all([admin.waitForEvent('download'), tapButton(admin, 'qr-poster')])
  check(/\.pdf$/.test(download.suggestedFilename()), `the poster is a PDF, got ${download.suggestedFilename()}`)
  await shot(admin, 'qr')

  // The committee's budget: proposed by one member, approved by the other.
  await zhou.goto(`${baseUrl}/#/pages/books/budget/index`)
  await zhou.reload()
  await tapButton(zhou, 'budget-edit')
  await seeLocator(zhou.locator('.budget-editor'), 'the budget editor')
  await zhou.locator('.budget-amount--E1 input').fill('240000')
  await zhou.locator('.budget-amount--E3 input').fill('36000')
  await zhou.locator('.budget-reason textarea').fill('首届业委会编制的年度预算')
  await tapButton(zhou, 'budget-submit')
  await seeTextIn(await seeLocator(zhou.locator('.budget-state-card:visible'), 'the budget state'), '待审批')
  await wu.goto(`${baseUrl}/#/pages/books/budget/index`)
  await wu.reload()
  await tapButton(wu, 'budget-approve')
  await confirmDialog(wu, '批准后即生效')
  await seeLocator(wu.locator('.budget-state-card:visible', { hasText: '已批准' }), 'the approved budget')
  await shot(wu, 'budget-approved')

  // A tenant joins and reports; an owner joins and asks to be recorded.
  const tenant = await newPage()
  await logInAsNewcomer(tenant, baseUrl, '孙阿姨')
  await joinByQr(tenant, joinLink)
  await tenant.goto(`${baseUrl}/#/pages/index/index`)
  await reportProblem(
    tenant,
    { building: '1号楼', entrance: '1单元', floor: '2层', unit: '本层楼道' },
    '公共维修',
    '二楼楼道灯坏了',
  )
  await shot(tenant, 'reported')

  const owner = await newPage()
  await logInAsNewcomer(owner, baseUrl, '刘芳')
  await joinByQr(owner, joinLink)
  await tapButton(owner, 'join-bind')
  await tapChip(owner, 'building-chip', '1号楼')
  await tapChip(owner, 'unit-chip', '1-1-101')
  await owner.locator('.claimed-name input').fill('刘芳')
  const [certificate] = await Promise.all([owner.waitForEvent('filechooser'), owner.locator('.evidence-album').click()])
  await certificate.setFiles({ name: 'title-certificate.png', mimeType: 'image/png', buffer: evidencePng() })
  await seeText(owner, '照片已上传')
  await tapButton(owner, 'binding-submit')
  await seeTextIn(await seeLocator(owner.locator('.binding-submitted'), 'the submitted request'), '待审核')

  await zhou.goto(`${baseUrl}/#/pages/index/index`)
  await zhou.reload()
  await tapAction(zhou, '认证审核')
  const card = await seeLocator(zhou.locator('.review-card', { hasText: '1-1-101' }), 'the request for 1-1-101')
  await card.locator('.roll-owner-chip', { hasText: '刘芳' }).click()
  await card.locator('.review-approve').click()
  await confirmDialog(zhou, '以该业主身份参加表决')
  await seeTextIn(zhou.locator('.review-card--done', { hasText: '1-1-101' }), '已通过')

  // The worker of 东区网格 sees the new report in his grid and takes it.
  await runJobs()
  await worker.goto(`${baseUrl}/#/pages/index/index`)
  await worker.reload()
  await seeLocator(worker.locator('.action-gridTickets .action-tile__badge', { hasText: '1' }), 'one new in his grid')
  await tapAction(worker, '网格工单')
  const ticket = await seeLocator(worker.locator('.queue-ticket', { hasText: '1号楼' }), 'the report in his queue')
  await ticket.click()
  await tapButton(worker, 'ticket-claim')
  await seeTextIn(worker.locator('.ticket-summary .ticket-status'), '已受理')
  await shot(worker, 'claimed')

  await owner.goto(`${baseUrl}/#/pages/index/index`)
  await owner.reload()
  await seeTextIn(await seeLocator(owner.locator('.my-units'), 'her unit on home'), '1-1-101')
}
