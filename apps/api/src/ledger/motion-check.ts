import type { Deps } from '../deps'

/**
 * Whether the assembly context confirms that `motionId` passed as a matter of type 5 or 9 (F3). The assembly
 * module is being built alongside this one and publishes no results yet, so nothing can be confirmed: the
 * motion is recorded as attested by the committee member who attached it (`verified: false`), and the
 * expense view shows it so. When motion results exist, this is the one place to read them; then an
 * unconfirmed motion should be refused here rather than attested.
 */
export async function motionConfirmed(_deps: Deps, _compoundId: string, _motionId: string): Promise<boolean> {
  return false
}
