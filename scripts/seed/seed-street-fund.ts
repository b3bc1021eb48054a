import type { Evidence } from '@jiayuan/contracts'
import {
  approveGrantPosting,
  figureRefOf,
  getCompound,
  getImprovement,
  grantIdOf,
  insertGrant,
  postFundIncome,
  readChainHead,
  streetFundChainId,
  type Db,
} from '@jiayuan/db'
import type { Deps } from '@jiayuan/api'
import { demoDocumentPdf, storeFile } from './demo-files'

/**
 * The demo street's 美好家园 fund (DOMAIN S4): the district's allocation and a donation into it, and one grant to
 * the second compound's improvement project (楼道照明改造), proposed by 钱进 and approved by 周敏 (F3), all on the
 * fund's own chain. With `files`, each voucher is stored as a real PDF so 凭证 open. Once only: a fund whose
 * chain has entries is left alone.
 */
export async function seedStreetFund(
  db: Db,
  o: { compoundId: string; secondId?: string; prefix?: string; files?: Deps['files']; now?: Date },
): Promise<void> {
  const p = o.prefix ?? ''
  const ref = await figureRefOf(db, o.compoundId)
  if (!ref) return
  const { streetId } = ref
  const chainId = streetFundChainId(streetId)
  if ((await readChainHead(db, chainId)).seq > 0) return
  const now = o.now ?? new Date()
  const qian = `${p}u-street`
  const zhou = `${p}u-street-2`
  const voucher = async (name: string, kind: Evidence['kind'], title: string, lines: [string, string][]) => {
    const key = `${chainId}/receipt/${qian}/demo-${name}.pdf`
    if (o.files) await storeFile(o.files, key, 'application/pdf', await demoDocumentPdf(title, lines), now)
    return [{ kind, key }]
  }
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000).toISOString()
  await postFundIncome(
    db,
    streetId,
    {
      source: 'allocation',
      amountFen: 20_000_000,
      counterparty: '下城区民政局',
      valueDate: at(40).slice(0, 10),
      memo: '美好家园建设专项资金（第一批）',
      evidence: await voucher('allocation', 'bank_receipt', '银行回单', [
        ['付款单位', '下城区民政局'],
        ['金额', '200,000.00 元'],
      ]),
      idempotencyKey: 'demo-fund-allocation-1',
    },
    { userId: qian, at: at(40) },
  )
  await postFundIncome(
    db,
    streetId,
    {
      source: 'donation',
      amountFen: 3_000_000,
      counterparty: '杭州安居物业有限公司',
      valueDate: at(25).slice(0, 10),
      memo: '企业捐赠：老旧小区微更新',
      evidence: await voucher('donation', 'bank_receipt', '捐赠到账回单', [
        ['付款单位', '杭州安居物业有限公司'],
        ['金额', '30,000.00 元'],
      ]),
      idempotencyKey: 'demo-fund-donation-1',
    },
    { userId: qian, at: at(25) },
  )
  const second = o.secondId
  const project = second ? await getImprovement(db, second, 'im-seed-lights') : undefined
  if (!second || !project) return
  const compound = await getCompound(db, second)
  const inserted = await insertGrant(db, {
    grantId: grantIdOf(streetId, qian, 'demo-fund-grant-lights'),
    streetId,
    target: { kind: 'improvement', compoundId: second, projectId: project.projectId },
    compoundName: compound.name,
    projectTitle: project.title,
    amountFen: 1_500_000,
    memo: '楼道照明改造的街道补助（预算的三成）',
    evidence: await voucher('grant-lights', 'other', '拨付申请表', [
      ['项目', project.title],
      ['申请金额', '15,000.00 元'],
    ]),
    status: 'pending',
    proposedBy: qian,
    proposedByName: '钱进',
    proposedAt: at(10),
  })
  if (inserted.outcome === 'insufficient') return
  await approveGrantPosting(db, inserted.grant, { userId: zhou, name: '周敏', at: at(9) })
}
