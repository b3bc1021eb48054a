import type { JourneyContext } from '../../scripts/e2e-run'
import { check, notSeeText, seeLocator, seeText, seeTextIn } from '../assert'
import { logInAs } from '../steps'
import { api } from '../api'

const COMPOUND = 'c-hexie'
const TITLE = '增设电动自行车集中充电棚'
const DAY = 86_400_000

/**
 * 周明 of the committee publishes a meeting's notice (through the API; the journey assembly-vote covers his
 * screens). The outbox job runs (the local stack's own trigger, instead of its 15-second timer). 李建国, an
 * owner, sees 1 条未读 on 消息 at home, opens 消息, taps the notice and lands on the meeting; back on home the
 * badge is gone. 王芳, a tenant, is not an owner and gets nothing.
 */
export async function run({ baseUrl, page, newPage, runJobs, shot }: JourneyContext): Promise<void> {
  const login = await fetch(`${baseUrl}/v1/auth/dev`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personaId: 'committee' }),
  })
  const { token } = (await login.json()) as { token: string }
  const meetings = `/v1/compounds/${COMPOUND}/meetings`
  const draft = await api(baseUrl, token, 'POST', meetings, {
    kind: 'regular',
    title: TITLE,
    motions: [
      {
        matterType: 9,
        title: '在3号楼北侧增设电动自行车充电棚',
        text: '建设 60 个充电位，费用由公共收益支出，约 8.5 万元。',
      },
    ],
    idempotencyKey: 'journey-inbox-meeting-1',
  })
  const opensAt = new Date(Date.now() + 16 * DAY).toISOString()
  const closesAt = new Date(Date.now() + 26 * DAY).toISOString()
  await api(baseUrl, token, 'POST', `${meetings}/${draft.meetingId}/notice`, {
    votingOpensAt: opensAt,
    votingClosesAt: closesAt,
  })
  await runJobs()

  const owner = page
  await logInAs(owner, baseUrl, '李建国')
  const entry = await seeLocator(owner.locator('.inbox-entry'), 'the 消息 tile on home')
  await seeTextIn(entry, '1 条未读')
  await seeTextIn(entry.locator('.action-tile__badge'), '1')
  await shot(owner, 'badge')
  await entry.click()
  const item = await seeLocator(owner.locator('.inbox-item', { hasText: TITLE }), 'the notice in 消息')
  await seeTextIn(item, '未读')
  await seeTextIn(item, '业主大会公告')
  check(
    (await item.getAttribute('aria-label'))?.startsWith('未读') === true,
    'the unread state is spoken, not only shown',
  )
  await shot(owner, 'inbox')
  await item.click()
  await seeTextIn(owner.locator('.notice-card'), TITLE)
  await shot(owner, 'meeting')

  await owner.goBack()
  await seeText(owner, '没有未读消息')
  await owner.goBack()
  const after = await seeLocator(owner.locator('.inbox-entry'), 'the 消息 tile on home')
  await seeTextIn(after, '报修进度、公告和月报')
  check((await after.locator('.action-tile__badge').count()) === 0, 'no badge once the message is read')

  const tenant = await newPage()
  await logInAs(tenant, baseUrl, '王芳')
  await (await seeLocator(tenant.locator('.inbox-entry'), 'the 消息 tile for a tenant')).click()
  await seeText(tenant, '还没有消息')
  await notSeeText(tenant, TITLE)
}
