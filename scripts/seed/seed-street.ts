import {
  figureRefOf,
  listGrades,
  listGradingCriteria,
  listImprovements,
  publishGradingCriteria,
  putGrade,
  rebuildCompoundFigures,
  saveImprovement,
  type Db,
} from '@jiayuan/db'
import { shanghaiMonth } from '@jiayuan/domain'

/** The street's published grading criteria as the demo street (朝晖街道) wrote them (DOMAIN S1). */
export const DEMO_CRITERIA = {
  shifan: '业委会依法组建且运作规范；党支部建在小区；物业服务季度测评为红榜；账目按月公开；无逾期整改。',
  tizhi: '三方机制已建立但不完善；测评为灰榜或公开不及时；有整改但按期完成。',
  zhengdun: '未组建业委会或长期停摆；测评为黑榜或连续两季不合格；有逾期未改的整改通知单。',
}

/**
 * The street's view of the demo (S1, S5): the criteria published, last year's grade and an improvement project
 * for the second compound, and every compound's rows rebuilt from what the other seeds wrote (tickets closed and
 * rated, bills and payments, the three parties, publications), so the consoles show real figures. Once only.
 */
export async function seedStreetFigures(
  db: Db,
  o: { compoundIds: readonly string[]; secondId?: string; now?: Date },
): Promise<void> {
  const now = o.now ?? new Date()
  const at = now.toISOString()
  for (const compoundId of o.compoundIds) await rebuildCompoundFigures(db, compoundId, now)
  const first = o.compoundIds[0]
  const ref = first ? await figureRefOf(db, first) : null
  if (!ref) return
  const year = Number(shanghaiMonth(now).slice(0, 4))
  if ((await listGradingCriteria(db, ref.streetId)).length === 0)
    await publishGradingCriteria(
      db,
      { ...DEMO_CRITERIA, year, streetId: ref.streetId, version: 1, publishedAt: at, publishedByName: '钱进' },
      'seed',
    )
  const second = o.secondId
  if (!second) return
  const secondRef = await figureRefOf(db, second)
  if (secondRef && (await listGrades(db, second)).length === 0)
    await putGrade(
      db,
      secondRef,
      {
        compoundId: second,
        streetId: secondRef.streetId,
        year: year - 1,
        grade: 'tizhi',
        reason: '业委会尚未组建，物业公开不及时；停车秩序有改善。',
        criteriaVersion: 1,
        at,
        byName: '钱进',
      },
      'seed',
    )
  if ((await listImprovements(db, second)).length === 0)
    await saveImprovement(
      db,
      {
        projectId: 'im-seed-lights',
        compoundId: second,
        title: '楼道照明改造',
        owner: '郑强（社区）',
        budgetFen: 4_800_000,
        progressPercent: 40,
        version: 1,
        createdAt: at,
        createdByName: '郑强',
        updatedAt: at,
        steps: [{ at, byName: '郑强', progressPercent: 40, note: '已完成 3 栋楼的灯具更换', photos: [] }],
      },
      undefined,
      'seed',
      'street.improvement_added',
    )
}
