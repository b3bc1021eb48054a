import type { CompoundSettings } from '@jiayuan/contracts'
import { RuleViolation } from '../errors'
import { checkSlaTable } from '../tickets/sla/sla-table'

const F = 'body.settings'

function refuse(code: string, message: string, field: string): never {
  throw new RuleViolation(code, message, { field: `${F}.${field}` })
}

/**
 * Settings a community admin may save. What the schema cannot say: 从众 only with the assembly rules' clause
 * (DOMAIN V8); at least 15 days' notice (V9) and a temporary meeting's notice no longer than a regular one's; a
 * voting window whose least is not over its most; a positive fee rate and remuneration (F1); an SLA table that
 * covers every category (T1) with deadlines in order (respond and on site no later than resolve).
 */
export function checkSettings(s: CompoundSettings): void {
  const p = s.cityProfile
  if (p.followMajority.enabled && !p.followMajority.clause?.trim()) {
    refuse('FollowMajorityClauseMissing', '开启从众须写明议事规则中的条款', 'cityProfile.followMajority.clause')
  }
  if (p.noticeDays < 15)
    refuse('NoticeTooShort', '会议通知至少提前 15 天（物业管理条例第十四条）', 'cityProfile.noticeDays')
  if (p.temporaryMeetingNoticeDays > p.noticeDays) {
    refuse('TemporaryNoticeTooLong', '临时会议的通知天数不应多于定期会议', 'cityProfile.temporaryMeetingNoticeDays')
  }
  if (p.votingWindowMinDays > p.votingWindowMaxDays) {
    refuse('VotingWindowInverted', '表决期最短天数不能大于最长天数', 'cityProfile.votingWindowMinDays')
  }
  if (s.feeModel.ratePerSqmFen <= 0) refuse('FeeRateNotPositive', '物业费单价须大于 0', 'feeModel.ratePerSqmFen')
  if (s.feeModel.kind !== 'lump_sum') {
    const r = s.feeModel.remuneration
    if (r.basis === 'fixed_per_month' && r.fen <= 0) {
      refuse('RemunerationNotPositive', '固定酬金须大于 0', 'feeModel.remuneration.fen')
    }
  }
  checkSlaTable(
    s.slaTable,
    s.ticketCategories.map((c) => c.id),
  )
  const late = s.slaTable.find((r) => r.respondMinutes > r.resolveMinutes || r.onSiteMinutes > r.resolveMinutes)
  if (late) {
    refuse('SlaOutOfOrder', `时限表 ${late.category}/${late.priority}：响应和到场不能晚于解决`, 'slaTable')
  }
}
