import { postBulletin, type Deps } from '@jiayuan/api'
import { DAY_MS, shanghaiDate, shanghaiInstant } from '@jiayuan/domain'

/**
 * One current notice for the demo compound, posted by 孙丽 (property staff) through the same use-case as the
 * 发布公告 page, so the outbox fans it out to every resident's 消息 and it shows on their home page for two
 * weeks after the demo is seeded (until 18:00 Beijing time, when the day's work stops).
 */
export async function seedDemoBulletins(deps: Deps, options: { compoundId: string; now?: Date }): Promise<void> {
  const now = options.now ?? deps.clock()
  await postBulletin(
    deps,
    options.compoundId,
    { userId: 'u-staff', roles: ['property_staff'] },
    {
      kind: 'construction',
      title: '东门道路维修施工',
      body:
        '东门至3号楼之间的道路进行破损修补和重新铺装。施工期间东门车辆暂不能通行，请从南门进出；行人可走临时通道。' +
        '每天施工时间 8:00–18:00，给您带来不便，敬请谅解。如有疑问请联系物业客服 0571-86000000。',
      scope: { kind: 'compound' },
      endsAt: shanghaiInstant(`${shanghaiDate(now.getTime() + 14 * DAY_MS)} 18:00`),
      idempotencyKey: 'seed-demo-bulletin-east-gate',
    },
    now,
  )
}
