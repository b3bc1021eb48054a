import { randomBytes } from 'node:crypto'
import { parseArgs } from 'node:util'
import type { Invite } from '@jiayuan/contracts'
import { createDb, putInvite, type Db } from '@jiayuan/db'
import { inviteCode } from '@jiayuan/domain'
import { scriptEnv } from './config'

const DAY_MS = 86_400_000

/**
 * A deployment's first platform admin. There is no password and no dev login in AWS: this writes a single-use
 * invite code of kind `platform` straight into the table; the person logs in to the mini-app with WeChat and
 * enters the code under 我的 → 输入邀请码, which marks them platform admin (apps/api/src/identity/invite-routes.ts).
 */
export async function createBootstrapInvite(
  db: Db,
  options: { note: string; validDays: number; now?: Date },
): Promise<Invite> {
  const now = options.now ?? new Date()
  for (let attempt = 0; attempt < 5; attempt++) {
    const invite: Invite = {
      code: inviteCode(randomBytes(8)),
      grant: { kind: 'platform' },
      note: options.note,
      createdBy: 'bootstrap',
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + options.validDays * DAY_MS).toISOString(),
      status: 'open',
    }
    if (await putInvite(db, invite)) return invite
  }
  throw new Error('no free invite code after 5 tries')
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { note: { type: 'string', default: '首位平台管理员' }, days: { type: 'string', default: '3' } },
  })
  const tableName = scriptEnv.TABLE_NAME
  const region = scriptEnv.AWS_REGION
  if (!tableName || !region) {
    console.error(
      'Set TABLE_NAME (the data stack output TableName) and AWS_REGION, with AWS credentials in the environment.',
    )
    return 2
  }
  const validDays = Number(values.days)
  if (!Number.isInteger(validDays) || validDays < 1 || validDays > 30) {
    console.error('--days must be a whole number from 1 to 30')
    return 2
  }
  const db = createDb({ tableName, region, ...(scriptEnv.DDB_ENDPOINT ? { endpoint: scriptEnv.DDB_ENDPOINT } : {}) })
  const invite = await createBootstrapInvite(db, { note: values.note ?? '首位平台管理员', validDays })
  console.log(
    [
      `Platform admin invite for table ${tableName} (${region}):`,
      '',
      `  code: ${invite.code}    valid until ${invite.expiresAt}, single use`,
      '',
      'Log in to the mini-app with WeChat, open 我的 → 输入邀请码, enter the code: that account becomes the',
      'platform admin (平台管理). The code is shown only now; run this again for a new one.',
    ].join('\n'),
  )
  return 0
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err)
      process.exit(1)
    },
  )
}
