// Endpoints of public income (DOMAIN F6): recording it and the ledger of a year.
import { endpoint } from '../../endpoint'
import { CompoundParams } from '../../common'
import { JournalEntry, PublicIncomeYear, RecordPublicIncomeRequest, YearParams } from '../../ledger'
import { context, readers, staff, base } from './shared'

export const recordPublicIncome = endpoint({
  id: 'ledger.publicIncome.record',
  method: 'post',
  path: `${base}/public-income`,
  summary: 'Record income from the common parts (parking, advertising, venue rental, lockers and chargers)',
  context,
  access: { kind: 'compound', roles: staff },
  params: CompoundParams,
  body: RecordPublicIncomeRequest,
  response: JournalEntry,
  status: 201,
})

export const getPublicIncome = endpoint({
  id: 'ledger.publicIncome.year',
  method: 'get',
  path: `${base}/public-income/{year}`,
  summary: 'The public-income ledger of a year: by month and source, and what went to the maintenance fund (F6)',
  context,
  access: { kind: 'compound', roles: readers },
  params: CompoundParams.merge(YearParams),
  response: PublicIncomeYear,
})
