import { canCall, ledger, type Endpoint, type Membership } from '@jiayuan/contracts'
import { View } from '@tarojs/components'
import { ActionTile } from '../../../components/action-tile'
import { openBook, type BookPage } from '../../../lib/books-pages'
import { usePendingExpenses } from '../../../hooks/use-pending-expenses'
import './tool-tiles.scss'

interface Tool {
  page: BookPage
  label: string
  hint: string
  /** The call the page is for: the tile shows when the API would accept it from this person. */
  endpoint: Endpoint
}

const TOOLS: Tool[] = [
  { page: 'expense', label: '提交支出', hint: '附发票，交业委会审批', endpoint: ledger.proposeExpense },
  { page: 'payment', label: '登记收款', hint: '按账单登记物业费', endpoint: ledger.recordPayment },
  { page: 'imports', label: '导入流水', hint: '收款与银行对账单 CSV', endpoint: ledger.importPayments },
  { page: 'tools', label: '账务工具', hint: '出账、公共收益、月结', endpoint: ledger.generateBills },
  { page: 'approvals', label: '支出审批', hint: '核对凭证，通过或退回', endpoint: ledger.approveExpense },
  { page: 'budget', label: '预算执行', hint: '编制、审批年度预算，看实际支出', endpoint: ledger.putBudget },
  { page: 'opening', label: '期初余额', hint: '上线时登记各账户余额，仅一次', endpoint: ledger.postOpeningBalance },
  { page: 'policy', label: '账本规则', hint: '双签门槛、对账窗口、维修资金', endpoint: ledger.getPolicy },
  { page: 'accounts', label: '科目余额', hint: '每个科目的当前余额', endpoint: ledger.listAccounts },
  {
    page: 'publicIncome',
    label: '公共收益',
    hint: '停车、广告等逐月收入与转入维修资金',
    endpoint: ledger.getPublicIncome,
  },
  { page: 'bills', label: '我的账单', hint: '缴费状态与缴费记录', endpoint: ledger.myBills },
  { page: 'fund', label: '我家维修资金', hint: '本楼余额与每笔分摊', endpoint: ledger.myFund },
  { page: 'projects', label: '众筹项目', hint: '加装电梯等改造的分摊与认缴', endpoint: ledger.listProjects },
  { page: 'verify', label: '全链验证', hint: '在手机上核对整本账', endpoint: ledger.getChain },
]

/** What this person can do with the books, by the endpoints' access policy; each opens a page of the books subpackage. */
export function ToolTiles({ membership }: { membership: Membership }) {
  const pending = usePendingExpenses(canCall(ledger.approveExpense, membership.roles))
  const tools = TOOLS.filter((t) => canCall(t.endpoint, membership.roles))
  return (
    <View className="tool-tiles">
      {tools.map((t) => (
        <ActionTile
          key={t.page}
          className={`ledger-tool ledger-tool--${t.page}`}
          label={t.label}
          hint={t.hint}
          {...(t.page === 'approvals' && pending.data !== undefined ? { badge: pending.data } : {})}
          onClick={() => openBook(t.page)}
        />
      ))}
    </View>
  )
}
