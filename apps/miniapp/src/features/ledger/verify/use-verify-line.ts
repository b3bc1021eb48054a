import { useState } from 'react'
import type { LedgerLine } from '@jiayuan/contracts'
import { ApiError, messageOf } from '../../../lib/api-error'
import { loadProof } from '../api'
import { verifyLine, type VerifyOutcome } from './verify-line'

export type VerifyState =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'done'; outcome: VerifyOutcome }
  /** Posted after the latest checkpoint: nothing to check against yet, which is not a failure. */
  | { kind: 'waiting'; message: string }
  | { kind: 'error'; message: string }

/** Fetches the inclusion proof and runs the check on the phone (DOMAIN F10). */
export function useVerifyLine(compoundId: string, line: LedgerLine | undefined) {
  const [state, setState] = useState<VerifyState>({ kind: 'idle' })

  async function run(): Promise<void> {
    if (!line) return
    setState({ kind: 'running' })
    try {
      const proof = await loadProof(compoundId, line.seq)
      setState({ kind: 'done', outcome: verifyLine(line, proof) })
    } catch (err) {
      if (err instanceof ApiError && err.code === 'NotYetCheckpointed')
        setState({ kind: 'waiting', message: err.message })
      else setState({ kind: 'error', message: messageOf(err) })
    }
  }

  return { state, run: () => void run() }
}
