/** Keys of the ledger context. */
export const ledgerKeys = {}
