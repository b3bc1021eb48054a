import { ledgerRoutes } from '../ledger/index'
import { makeHandler } from './make-handler'

export const handler = makeHandler(ledgerRoutes)
