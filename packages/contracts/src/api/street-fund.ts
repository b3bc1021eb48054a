import { CompoundParams } from '../common'
import { endpoint } from '../endpoint'
import { StreetParams } from '../above'
import { ChainPage, ChainQuery } from '../ledger/checkpoints'
import { UploadRequest, UploadTicket } from '../upload'
import {
  ApproveGrantRequest,
  FundGrant,
  FundIncomeRequest,
  FundLine,
  GrantParams,
  GrantProposal,
  StreetFundView,
} from '../street-fund'

// The street's 美好家园 fund (DOMAIN S4). The street's staff work on it under `/streets/{streetId}/fund`;
// a compound's people read their own street's fund under `/compounds/{compoundId}/street-fund`, so a resident
// of another street can never name this one. Ids and paths are part of the public API and never change.

const context = 'street'
const everyone = ['resident', 'owner', 'grid_worker', 'property_staff', 'committee_member', 'community_admin'] as const

export const streetFund = endpoint({
  id: 'street.fund.get',
  method: 'get',
  path: '/v1/streets/{streetId}/fund',
  summary: 'The fund’s balance, every line with its evidence, grants and pending proposals (S4)',
  context,
  access: { kind: 'street' },
  params: StreetParams,
  response: StreetFundView,
})

export const streetFundChain = endpoint({
  id: 'street.fund.chain',
  method: 'get',
  path: '/v1/streets/{streetId}/fund/chain',
  summary: 'The fund’s hash chain in seq order with its head and balances, for the same verifier as a compound’s',
  context,
  access: { kind: 'street' },
  params: StreetParams,
  query: ChainQuery,
  response: ChainPage,
})

export const recordFundIncome = endpoint({
  id: 'street.fund.income',
  method: 'post',
  path: '/v1/streets/{streetId}/fund/income',
  summary: 'Record money into the fund (district allocation or donation) with its payer and evidence',
  context,
  access: { kind: 'street' },
  params: StreetParams,
  body: FundIncomeRequest,
  response: FundLine,
  status: 201,
})

export const proposeGrant = endpoint({
  id: 'street.fund.grants.propose',
  method: 'post',
  path: '/v1/streets/{streetId}/fund/grants',
  summary: 'Propose a grant to an improvement project or a crowdfund match; set aside against the balance',
  context,
  access: { kind: 'street' },
  params: StreetParams,
  body: GrantProposal,
  response: FundGrant,
  status: 201,
})

export const approveGrant = endpoint({
  id: 'street.fund.grants.approve',
  method: 'post',
  path: '/v1/streets/{streetId}/fund/grants/{grantId}/approve',
  summary: 'A second street user approves a grant (never its proposer); the fund pays it out on its chain',
  context,
  access: { kind: 'street' },
  params: GrantParams,
  body: ApproveGrantRequest,
  response: FundGrant,
})

export const fundUpload = endpoint({
  id: 'street.fund.upload',
  method: 'post',
  path: '/v1/streets/{streetId}/fund/uploads',
  summary: 'A presigned PUT for a fund voucher (bank receipt, allocation letter, application)',
  context,
  access: { kind: 'street' },
  params: StreetParams,
  body: UploadRequest,
  response: UploadTicket,
  status: 201,
})

export const compoundStreetFund = endpoint({
  id: 'fund.compound.get',
  method: 'get',
  path: '/v1/compounds/{compoundId}/street-fund',
  summary: 'The fund of the compound’s street as its people read it: lines, balance, approved grants',
  context,
  access: { kind: 'compound', roles: everyone, street: true },
  params: CompoundParams,
  response: StreetFundView,
})

export const compoundStreetFundChain = endpoint({
  id: 'fund.compound.chain',
  method: 'get',
  path: '/v1/compounds/{compoundId}/street-fund/chain',
  summary: 'The chain of the compound’s street fund, for a resident to verify on the phone',
  context,
  access: { kind: 'compound', roles: everyone, street: true },
  params: CompoundParams,
  query: ChainQuery,
  response: ChainPage,
})
