import { withQuery } from '@jiayuan/contracts'
import Taro from '@tarojs/taro'

/**
 * The pages of the books subpackage (app.config.ts `pages/books`), by name. Kept beside ROUTES rather than in it
 * because these pages take a query (`?seq=12`) and live outside the main package (DOMAIN W6).
 */
export const BOOK_PAGES = {
  line: '/pages/books/line/index',
  bills: '/pages/books/bills/index',
  verify: '/pages/books/verify/index',
  expense: '/pages/books/expense/index',
  payment: '/pages/books/payment/index',
  imports: '/pages/books/imports/index',
  tools: '/pages/books/tools/index',
  approvals: '/pages/books/approvals/index',
  budget: '/pages/books/budget/index',
  budgetEdit: '/pages/books/budget-edit/index',
  opening: '/pages/books/opening/index',
  policy: '/pages/books/policy/index',
  accounts: '/pages/books/accounts/index',
  expenseDetail: '/pages/books/expense-detail/index',
  publicIncome: '/pages/books/public-income/index',
  fund: '/pages/books/fund/index',
  receipt: '/pages/books/receipt/index',
  projects: '/pages/books/projects/index',
  project: '/pages/books/project/index',
  projectNew: '/pages/books/project-new/index',
} as const

export type BookPage = keyof typeof BOOK_PAGES

export function bookUrl(page: BookPage, query: Record<string, string | number> = {}): string {
  return withQuery(BOOK_PAGES[page], query)
}

export function openBook(page: BookPage, query?: Record<string, string | number>): void {
  void Taro.navigateTo({ url: bookUrl(page, query) })
}

/** Opens a page of the books in place of this one (an editor handing back to the view it edited). */
export function replaceBook(page: BookPage, query?: Record<string, string | number>): void {
  void Taro.redirectTo({ url: bookUrl(page, query) })
}
