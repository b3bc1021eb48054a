// Endpoints of property-fee bills (DOMAIN F9): generation, the staff's list, an owner's own, the collection rate.
import { z } from 'zod'
import { endpoint } from '../../endpoint'
import { CompoundParams } from '../../common'
import {
  BillGenerateRequest,
  BillGenerateResult,
  BillListQuery,
  BillView,
  BillingPeriod,
  CollectionRateView,
  MyBills,
} from '../../ledger'
import { context, readers, staff, base } from './shared'

export const generateBills = endpoint({
  id: 'ledger.bills.generate',
  method: 'post',
  path: `${base}/bills/generate`,
  summary: "Issue the period's bills (area × rate, rounded half-up once per bill); generating again changes nothing",
  context,
  access: { kind: 'compound', roles: staff },
  params: CompoundParams,
  body: BillGenerateRequest,
  response: BillGenerateResult,
})

export const listBills = endpoint({
  id: 'ledger.bills.list',
  method: 'get',
  path: `${base}/bills`,
  summary: "A period's bills by unit, for the property staff who collect them",
  context,
  access: { kind: 'compound', roles: staff },
  params: CompoundParams,
  query: BillListQuery,
  response: z.object({ bills: z.array(BillView) }),
})

export const myBills = endpoint({
  id: 'ledger.bills.mine',
  method: 'get',
  path: `${base}/bills/mine`,
  summary: "The caller's own units: their bills, paid status and payment history",
  context,
  access: { kind: 'compound', roles: ['owner'] },
  params: CompoundParams,
  response: MyBills,
})

export const getCollectionRate = endpoint({
  id: 'ledger.collection',
  method: 'get',
  path: `${base}/collection-rate`,
  summary: 'The collection rate of a period, as an aggregate only (F9, P3)',
  context,
  access: { kind: 'compound', roles: readers },
  params: CompoundParams,
  query: z.object({ period: BillingPeriod }),
  response: CollectionRateView,
})
