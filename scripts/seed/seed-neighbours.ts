/** What the seed's client offers: a persona signed in, calling the compound's routes. */
interface Caller {
  send<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T>
}
interface Client {
  as(persona: string): Promise<Caller>
}

/**
 * 邻里互助 and 钥匙管家 in the demo (DOMAIN H1, H2, H4), through the routes the pages call: 王芳 and 张伟 are
 * volunteers listed in 能人库; 李建国 has an open ask for company to the clinic, and an earlier one 张伟 fixed,
 * confirmed and with hours recorded by 孙丽 (so 张伟 has a certificate to download); 李建国's spare key is kept
 * by 王芳 and 张伟. 周明 of the committee set up 助老服务队 with 王芳 as leader, and 张伟 joined it.
 */
export async function seedNeighbours(c: Client, prefix: string): Promise<void> {
  const [wang, zhang, li, staff, committee] = await Promise.all(
    ['resident', 'co-owner', 'owner', 'staff', 'committee'].map((p) => c.as(p)),
  )
  if (!wang || !zhang || !li || !staff || !committee) return
  await wang.send('PUT', '/neighbours/volunteers/me', {
    skills: ['errands', 'company', 'tutoring'],
    note: '退休教师，白天都有空',
    consentToList: true,
  })
  await zhang.send('PUT', '/neighbours/volunteers/me', {
    skills: ['electrician', 'plumbing'],
    note: '水电工，晚上和周末可以帮忙',
    consentToList: true,
  })
  const fixed = await li.send<{ askId: string }>('POST', '/neighbours/asks', {
    kind: 'repair',
    description: '卫生间的灯泡坏了，我够不着，想请人帮忙换一下',
    when: '这两天晚上',
    idempotencyKey: 'seed-ask-bulb',
  })
  await zhang.send('POST', `/neighbours/asks/${fixed.askId}/claim`)
  await zhang.send('POST', `/neighbours/asks/${fixed.askId}/done`, { note: '换了一个节能灯泡' })
  await li.send('POST', `/neighbours/asks/${fixed.askId}/confirm`, { rating: 5, note: '小张手脚麻利，谢谢' })
  await staff.send('POST', `/neighbours/asks/${fixed.askId}/hours`, { minutes: 60 })
  await li.send('POST', '/neighbours/asks', {
    kind: 'company',
    description: '周三上午想去社区医院复查血压，腿脚不方便，想请人陪我去',
    when: '周三上午',
    idempotencyKey: 'seed-ask-clinic',
  })
  await li.send('POST', '/neighbours/keys', {
    label: '1栋1单元101 防盗门备用钥匙',
    terms: '只在我不在家、家里有急事（漏水、忘关煤气）时取用，用完当天放回。',
    custodianIds: [`${prefix}u-resident`, `${prefix}u-co-owner`],
  })
  const team = await committee.send<{ teamId: string }>('POST', '/neighbours/teams', {
    name: '助老服务队',
    kind: 'elder_care',
    leaderId: `${prefix}u-resident`,
    idempotencyKey: 'seed-team-elder-care',
  })
  await zhang.send('POST', `/neighbours/teams/${team.teamId}/join`)
}
