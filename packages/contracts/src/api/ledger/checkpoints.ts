// Endpoints for verifiers (DOMAIN F10): the chain page by page, published checkpoints, the CSV export.
import { z } from 'zod'
import { endpoint } from '../../endpoint'
import { CompoundParams } from '../../common'
import { ChainPage, ChainQuery, ExportQuery, LedgerCsvExport, PublishedCheckpoint } from '../../ledger'
import { context, readers, operators, base } from './shared'

export const getChain = endpoint({
  id: 'ledger.chain',
  method: 'get',
  path: `${base}/chain`,
  summary: 'The hash chain in seq order, a page at a time, with the head and its running balances (for verifiers)',
  context,
  access: { kind: 'compound', roles: readers },
  params: CompoundParams,
  query: ChainQuery,
  response: ChainPage,
})

export const listCheckpoints = endpoint({
  id: 'ledger.checkpoints.list',
  method: 'get',
  path: `${base}/checkpoints`,
  summary: 'Published checkpoints (chain head and count), newest first',
  context,
  access: { kind: 'compound', roles: readers },
  params: CompoundParams,
  response: z.object({ checkpoints: z.array(PublishedCheckpoint) }),
})

export const publishCheckpoint = endpoint({
  id: 'ledger.checkpoints.publish',
  method: 'post',
  path: `${base}/checkpoints`,
  summary: 'Publish the current head as a checkpoint now (also done daily by the scheduled job)',
  context,
  access: { kind: 'compound', roles: operators },
  params: CompoundParams,
  response: z.object({ checkpoint: PublishedCheckpoint.nullable(), created: z.boolean() }),
})

export const exportCsv = endpoint({
  id: 'ledger.export',
  method: 'get',
  path: `${base}/export`,
  summary: 'The ledger of a month or a year as CSV text',
  context,
  access: { kind: 'compound', roles: readers },
  params: CompoundParams,
  query: ExportQuery,
  response: LedgerCsvExport,
})
