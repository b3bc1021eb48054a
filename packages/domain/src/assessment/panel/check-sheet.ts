import type { AssessmentEvidence, FieldIssue, PanelParty, RubricDraft, SheetRequest } from '@jiayuan/contracts'
import { PANEL_PARTY_LABEL } from '@jiayuan/contracts'
import { InvalidInput } from '../../errors'
import { rubricItems } from '../rubric/check-rubric'

function evidenceIssue(e: AssessmentEvidence | undefined, field: string): FieldIssue | undefined {
  if (!e) return { field, message: '请附上依据：照片、报修单或公告' }
  if (e.kind === 'upload' && !e.key) return { field: `${field}.key`, message: '请上传照片或文件' }
  if (e.kind === 'ticket' && !e.ticketId) return { field: `${field}.ticketId`, message: '请选择报修单' }
  if (e.kind === 'bulletin' && !e.bulletinId) return { field: `${field}.bulletinId`, message: '请选择公告' }
  return undefined
}

/**
 * A panel member's sheet (S2): only items and veto items of their own party, each once; each item's deductions
 * together within its points; every deduction and every failed veto item with a reason and its evidence.
 * Out of range → 400 naming the field.
 */
export function checkSheet(rubric: RubricDraft, party: PanelParty, sheet: SheetRequest): void {
  const issues: FieldIssue[] = []
  const items = new Map(rubricItems(rubric).map(({ item }) => [item.itemId, item]))
  const seen = new Set<string>()
  sheet.items.forEach((entry, i) => {
    const at = `body.items.${i}`
    const item = items.get(entry.itemId)
    if (!item || item.source !== 'panel' || item.party !== party) {
      issues.push({ field: `${at}.itemId`, message: `这一项不由${PANEL_PARTY_LABEL[party]}评议` })
      return
    }
    if (seen.has(entry.itemId)) issues.push({ field: `${at}.itemId`, message: `「${item.label}」重复填写` })
    seen.add(entry.itemId)
    const total = entry.deductions.reduce((s, d) => s + d.deductX100, 0)
    if (total > item.points * 100)
      issues.push({
        field: `${at}.deductions`,
        message: `「${item.label}」扣分合计 ${total / 100} 分，超过该项分值 ${item.points} 分`,
      })
    entry.deductions.forEach((d, j) => {
      const issue = evidenceIssue(d.evidence, `${at}.deductions.${j}.evidence`)
      if (issue) issues.push(issue)
    })
  })
  const vetoes = new Map(rubric.vetoes.map((v) => [v.vetoId, v]))
  const seenVetoes = new Set<string>()
  sheet.vetoes.forEach((entry, v) => {
    const at = `body.vetoes.${v}`
    const veto = vetoes.get(entry.vetoId)
    if (!veto || veto.party !== party) {
      issues.push({ field: `${at}.vetoId`, message: `这一否决项不由${PANEL_PARTY_LABEL[party]}检查` })
      return
    }
    if (seenVetoes.has(entry.vetoId)) issues.push({ field: `${at}.vetoId`, message: `「${veto.label}」重复填写` })
    seenVetoes.add(entry.vetoId)
    if (!entry.failed) return
    if (!entry.reason) issues.push({ field: `${at}.reason`, message: '一票否决须写明理由' })
    const issue = evidenceIssue(entry.evidence, `${at}.evidence`)
    if (issue) issues.push(issue)
  })
  if (issues.length > 0) throw new InvalidInput(`${issues[0]?.field}: ${issues[0]?.message}`, issues)
}
