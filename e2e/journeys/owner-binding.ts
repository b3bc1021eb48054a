/// <reference lib="dom" />
import type { JourneyContext } from '../../scripts/e2e-run'
import { eventually, seeLocator, seeText, seeTextIn } from '../assert'
import { evidencePng } from '../fixtures'
import { confirmDialog, logInAs, openTab, tapAction, tapButton, tapChip } from '../steps'

/**
 * 林晓 asks to be recorded as owner of 2-2-602 with a photo of her certificate; 周明 of the committee checks
 * it against the roll and approves; 林晓 then sees the approval and her home shows her as an owner.
 */
export async function run({ baseUrl, page, newPage, shot }: JourneyContext): Promise<void> {
  const newcomer = page
  await logInAs(newcomer, baseUrl, '林晓')
  await tapAction(newcomer, '认证业主')
  await tapChip(newcomer, 'building-chip', '2号楼')
  await tapChip(newcomer, 'entrance-chip', '2单元')
  await tapChip(newcomer, 'unit-chip', '2-2-602')
  await newcomer.locator('.claimed-name input').fill('林晓')
  const [chooser] = await Promise.all([
    newcomer.waitForEvent('filechooser'),
    newcomer.locator('.evidence-album').click(),
  ])
  await chooser.setFiles({ name: 'title-certificate.png', mimeType: 'image/png', buffer: evidencePng() })
  await seeText(newcomer, '照片已上传')
  await tapButton(newcomer, 'binding-submit')
  const submitted = await seeLocator(newcomer.locator('.binding-submitted'), 'the submitted request')
  await seeTextIn(submitted, '待审核')
  await seeTextIn(submitted, '2-2-602')
  await shot(newcomer, 'submitted')

  const committee = await newPage()
  await logInAs(committee, baseUrl, '周明')
  await seeLocator(
    committee.locator('.action-review .action-tile__badge', { hasText: '1' }),
    'one request waiting on 认证审核',
  )
  await tapAction(committee, '认证审核')
  const card = await seeLocator(committee.locator('.review-card', { hasText: '2-2-602' }), 'the request for 2-2-602')
  await seeTextIn(card, '林晓')
  const photo = card.locator('.evidence-photo img')
  await eventually(
    () => photo.evaluate((img) => (img as HTMLImageElement).naturalWidth),
    (w) => w > 0,
    'the evidence photo loads',
  )
  await card.locator('.roll-owner-chip', { hasText: '林晓' }).click()
  await card.locator('.review-approve').click()
  await confirmDialog(committee, '以该业主身份参加表决')
  await seeTextIn(committee.locator('.review-card--done', { hasText: '2-2-602' }), '已通过')
  await shot(committee, 'approved')

  await tapButton(newcomer, 'go-my-bindings')
  const mine = await seeLocator(newcomer.locator('.my-binding', { hasText: '2-2-602' }), 'her request on 我的')
  await seeTextIn(mine, '已通过')
  await newcomer.reload()
  await openTab(newcomer, '首页')
  const units = await seeLocator(newcomer.locator('.my-units'), 'her units on home')
  await seeTextIn(units, '2-2-602')
  await seeTextIn(newcomer.locator('.home-greeting'), '业主')
}
