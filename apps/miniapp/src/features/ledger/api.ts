import { fillPath, ledger, type BodyOf, type QueryOf } from '@jiayuan/contracts'
import { call } from '../../lib/api'
import { downloadApiFile } from '../../lib/download-file'

type Cid = { compoundId: string }

export const loadSummary = (compoundId: string, month?: string) =>
  call(ledger.getSummary, { params: { compoundId }, query: month ? { month } : {} })

export const loadLines = (compoundId: string, query: QueryOf<typeof ledger.listLines>) =>
  call(ledger.listLines, { params: { compoundId }, query })

export const loadLine = (compoundId: string, seq: number) => call(ledger.getLine, { params: { compoundId, seq } })

export const loadProof = (compoundId: string, seq: number) => call(ledger.getProof, { params: { compoundId, seq } })

export const loadChainPage = (compoundId: string, afterSeq: number) =>
  call(ledger.getChain, { params: { compoundId }, query: { afterSeq, limit: 1000 } })

export const loadCheckpoints = (compoundId: string) =>
  call(ledger.listCheckpoints, { params: { compoundId } }).then((r) => r.checkpoints)

export const publishCheckpoint = (compoundId: string) => call(ledger.publishCheckpoint, { params: { compoundId } })

export const exportCsv = (compoundId: string, period: string) =>
  call(ledger.exportCsv, { params: { compoundId }, query: { period } })

export const startPaying = (compoundId: string, billIds: string[]) =>
  call(ledger.createPayOrder, { params: { compoundId }, body: { billIds } })

export const loadPayOrder = (compoundId: string, orderId: string) =>
  call(ledger.getPayOrder, { params: { compoundId, orderId } })

/** The electronic receipt as a PDF file (a file answer, fetched with the token rather than through call()). */
export const downloadReceipt = (compoundId: string, orderId: string) =>
  downloadApiFile(fillPath(ledger.getPayReceiptPdf.path, { compoundId, orderId }), `电子收据-${orderId}.pdf`, 'pdf')

export const requestRefund = (compoundId: string, orderId: string, reason: string) =>
  call(ledger.requestPayRefund, { params: { compoundId, orderId }, body: { reason } })

export const approveRefund = (compoundId: string, orderId: string) =>
  call(ledger.approvePayRefund, { params: { compoundId, orderId } })

export const checkPayStatement = (compoundId: string, date: string) =>
  call(ledger.checkPayStatement, { params: { compoundId }, body: { date } })

export const loadMyBills = (compoundId: string) => call(ledger.myBills, { params: { compoundId } }).then((r) => r.units)

export const loadMyFund = (compoundId: string) => call(ledger.myFund, { params: { compoundId } }).then((r) => r.units)

export const loadPolicy = (compoundId: string) => call(ledger.getPolicy, { params: { compoundId } })

export const loadBills = (compoundId: string, query: QueryOf<typeof ledger.listBills>) =>
  call(ledger.listBills, { params: { compoundId }, query }).then((r) => r.bills)

export const generateBills = (compoundId: string, period: string) =>
  call(ledger.generateBills, { params: { compoundId }, body: { period } })

export const recordPayment = ({ compoundId }: Cid, body: BodyOf<typeof ledger.recordPayment>) =>
  call(ledger.recordPayment, { params: { compoundId }, body })

export const importPayments = (compoundId: string, csv: string) =>
  call(ledger.importPayments, { params: { compoundId }, body: { csv } })

export const importStatement = (compoundId: string, csv: string) =>
  call(ledger.importStatement, { params: { compoundId }, body: { csv } })

export const proposeExpense = ({ compoundId }: Cid, body: BodyOf<typeof ledger.proposeExpense>) =>
  call(ledger.proposeExpense, { params: { compoundId }, body })

export const loadExpenses = (compoundId: string, status?: QueryOf<typeof ledger.listExpenses>['status']) =>
  call(ledger.listExpenses, { params: { compoundId }, query: status ? { status } : {} }).then((r) => r.expenses)

export const approveExpense = (compoundId: string, expenseId: string, overBudgetReason?: string) =>
  call(ledger.approveExpense, { params: { compoundId, expenseId }, body: overBudgetReason ? { overBudgetReason } : {} })

export const rejectExpense = (compoundId: string, expenseId: string, reason: string) =>
  call(ledger.rejectExpense, { params: { compoundId, expenseId }, body: { reason } })

export const recordPublicIncome = ({ compoundId }: Cid, body: BodyOf<typeof ledger.recordPublicIncome>) =>
  call(ledger.recordPublicIncome, { params: { compoundId }, body })

export const closeMonth = (compoundId: string, month: string) =>
  call(ledger.closeMonth, { params: { compoundId, month } })

export const loadBudget = (compoundId: string, year: number, month?: string) =>
  call(ledger.getBudget, { params: { compoundId, year }, query: month ? { month } : {} })

export const loadAccounts = (compoundId: string) => call(ledger.listAccounts, { params: { compoundId } })

export const postOpeningBalance = (compoundId: string, body: BodyOf<typeof ledger.postOpeningBalance>) =>
  call(ledger.postOpeningBalance, { params: { compoundId }, body })

export const savePolicy = (compoundId: string, body: BodyOf<typeof ledger.putPolicy>) =>
  call(ledger.putPolicy, { params: { compoundId }, body })

export const proposeBudget = (compoundId: string, year: number, body: BodyOf<typeof ledger.putBudget>) =>
  call(ledger.putBudget, { params: { compoundId, year }, body })

export const approveBudget = (compoundId: string, year: number, version: number) =>
  call(ledger.approveBudget, { params: { compoundId, year }, body: { version } })

export const loadExpense = (compoundId: string, expenseId: string) =>
  call(ledger.getExpense, { params: { compoundId, expenseId } })

export const loadAuthorisingMotions = (compoundId: string, expenseId: string) =>
  call(ledger.listAuthorisingMotions, { params: { compoundId, expenseId } }).then((r) => r.motions)

export const attachMotion = (compoundId: string, expenseId: string, body: BodyOf<typeof ledger.attachMotion>) =>
  call(ledger.attachMotion, { params: { compoundId, expenseId }, body })

export const reverseEntry = (compoundId: string, seq: number, reason: string) =>
  call(ledger.reverseEntry, { params: { compoundId, seq }, body: { reason } })

export const loadPublicIncome = (compoundId: string, year: number) =>
  call(ledger.getPublicIncome, { params: { compoundId, year } })

export const loadUnmatchedLines = (compoundId: string) =>
  call(ledger.listStatementLines, { params: { compoundId }, query: { unmatched: 'true' } }).then((r) => r.lines)

export const reconcileBank = (compoundId: string) => call(ledger.reconcileBank, { params: { compoundId } })

export const loadCollectionRate = (compoundId: string, period: string) =>
  call(ledger.getCollectionRate, { params: { compoundId }, query: { period } })

// Crowdfunded improvements (集资/众筹, DOMAIN F13).
export const loadProjects = (compoundId: string) =>
  call(ledger.listProjects, { params: { compoundId } }).then((r) => r.projects)

export const loadProject = (compoundId: string, projectId: string) =>
  call(ledger.getProject, { params: { compoundId, projectId } })

export const loadConsentMotions = (compoundId: string) =>
  call(ledger.projectMotions, { params: { compoundId } }).then((r) => r.motions)

export const createProject = ({ compoundId }: Cid, body: BodyOf<typeof ledger.createProject>) =>
  call(ledger.createProject, { params: { compoundId }, body })

export const pledgeProject = (compoundId: string, projectId: string, body: BodyOf<typeof ledger.pledgeProject>) =>
  call(ledger.pledgeProject, { params: { compoundId, projectId }, body })

export const recordProjectContribution = (
  compoundId: string,
  projectId: string,
  body: BodyOf<typeof ledger.recordContribution>,
) => call(ledger.recordContribution, { params: { compoundId, projectId }, body })

export const closeProject = (compoundId: string, projectId: string, body: BodyOf<typeof ledger.closeProject>) =>
  call(ledger.closeProject, { params: { compoundId, projectId }, body })
