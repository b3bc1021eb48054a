import { compound, type BodyOf } from '@jiayuan/contracts'
import { call } from '../../lib/api'

export const loadPending = (compoundId: string) =>
  call(compound.listBindings, { params: { compoundId }, query: { status: 'pending' } }).then((r) => r.bindings)

export const decide = (compoundId: string, bindingId: string, decision: BodyOf<typeof compound.decideBinding>) =>
  call(compound.decideBinding, { params: { compoundId, bindingId }, body: decision })
