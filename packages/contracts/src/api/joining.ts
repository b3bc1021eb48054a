// How a resident finds and joins a compound: its QR code (小程序码) and lobby poster, and the public directory.
import { z } from 'zod'
import { endpoint, FileBody } from '../endpoint'
import { CompoundParams } from '../common'
import { Compound } from '../compound'

const context = 'identity'
/** Those who put the code up in the lobby and hand it out. */
const posters = ['community_admin', 'committee_member', 'property_staff'] as const

/** What anyone may see of a compound before joining: enough to know it is the right one. */
export const JoinableCompound = Compound.pick({ compoundId: true, name: true, address: true, street: true })
export type JoinableCompound = z.infer<typeof JoinableCompound>

export const compoundQr = endpoint({
  id: 'compound.qr',
  method: 'get',
  path: '/v1/compounds/{compoundId}/qr',
  summary: "The compound's mini-program code (PNG, WeChat getUnlimitedQRCode with the compound id as scene)",
  context,
  access: { kind: 'compound', roles: posters },
  params: CompoundParams,
  response: FileBody,
  produces: 'image/png',
})

export const compoundPoster = endpoint({
  id: 'compound.poster',
  method: 'get',
  path: '/v1/compounds/{compoundId}/qr/poster',
  summary: 'A printable A4 poster (PDF) for the lobby: the compound name, its code and three steps to join',
  // Served by the documents function, the one that carries the PDF font (infra lambda-entries REPORT_FONT).
  context: 'documents',
  access: { kind: 'compound', roles: posters },
  params: CompoundParams,
  response: FileBody,
  produces: 'application/pdf',
})

export const joinableCompound = endpoint({
  id: 'compound.joinable',
  method: 'get',
  path: '/v1/joinable-compounds/{compoundId}',
  summary: 'Name and address of one compound, for the join page a QR code opens (no login needed)',
  context,
  access: { kind: 'public' },
  params: CompoundParams,
  response: JoinableCompound,
})

export const searchCompounds = endpoint({
  id: 'compound.search',
  method: 'get',
  path: '/v1/joinable-compounds',
  summary: 'Compounds whose name starts with `q` (at most 20), for a resident who has no QR code at hand',
  context,
  access: { kind: 'user' },
  query: z.object({ q: z.string().trim().max(40).default('') }),
  response: z.object({ compounds: z.array(JoinableCompound) }),
})
