import { propertyFeeHalfUp } from '@jiayuan/domain'

/** One month's property fee of a unit, by the same rounding rule the bills use (DOMAIN F9). */
export function monthlyFee(areaCentiSqm: number, ratePerSqmFen: number): number {
  return propertyFeeHalfUp(areaCentiSqm, ratePerSqmFen, 1)
}
