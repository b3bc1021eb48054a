import { maskName } from '../../privacy/mask-name'

/** Words that make a name an organisation's rather than a person's. */
const ORGANISATION =
  /公司|银行|集团|中心|委员会|协会|学校|医院|物业|合作社|事务所|研究院|政府|街道|社区|局|厂|店|站|部|院|所|Co\b|Co\.|Ltd|Inc\b|LLC|Bank/i

/**
 * A bank statement names who paid: often an owner by name. Lines are shown to every owner (F4, F5), so a
 * counterparty that does not read as an organisation is masked like any name (P1): `李建国` → `李**`.
 */
export function maskCounterparty(name: string): string {
  return ORGANISATION.test(name) ? name : maskName(name)
}
