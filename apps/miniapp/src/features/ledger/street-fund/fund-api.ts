import { street, type FundIncomeRequest, type GrantProposal } from '@jiayuan/contracts'
import { call } from '../../../lib/api'
import type { PickedImage } from '../../../lib/media'
import { uploadThrough } from '../../../lib/upload'
import type { ChainSource } from '../verify/verify-chain'

/** Calls of the street's 美好家园 fund (DOMAIN S4): the street's own, or through a compound of the street. */
export type FundScope = { streetId: string } | { compoundId: string }

export const loadFund = (scope: FundScope) =>
  'streetId' in scope
    ? call(street.streetFund, { params: { streetId: scope.streetId } })
    : call(street.compoundStreetFund, { params: { compoundId: scope.compoundId } })

/** The fund's chain, for the same whole-chain verification as a compound's books; the fund publishes no checkpoints. */
export const fundChain = (scope: FundScope): ChainSource => ({
  page: (afterSeq) =>
    'streetId' in scope
      ? call(street.streetFundChain, { params: { streetId: scope.streetId }, query: { afterSeq, limit: 1000 } })
      : call(street.compoundStreetFundChain, {
          params: { compoundId: scope.compoundId },
          query: { afterSeq, limit: 1000 },
        }),
  checkpoints: () => Promise.resolve([]),
})

export const recordFundIncome = (streetId: string, body: FundIncomeRequest) =>
  call(street.recordFundIncome, { params: { streetId }, body })

export const proposeGrant = (streetId: string, body: GrantProposal) =>
  call(street.proposeGrant, { params: { streetId }, body })

export const approveGrant = (streetId: string, grantId: string) =>
  call(street.approveGrant, { params: { streetId, grantId }, body: {} })

export const uploadFundVoucher = (streetId: string, photo: PickedImage, onProgress: (ratio: number) => void) =>
  uploadThrough(
    (body) => call(street.fundUpload, { params: { streetId }, body: { ...body, purpose: 'receipt' } }),
    photo,
    onProgress,
  )
