import { randomUUID } from 'node:crypto'
import type { Moderation } from './moderation'

export interface FakeModerationOptions {
  /** Text containing any of these is rejected; everything else passes. */
  blockedWords: readonly string[]
  /** `immediate`: images pass at once; `push`: they wait for a push, as with WeChat. */
  images?: 'immediate' | 'push'
}

/** The local and test stand-in for WeChat's content checks, behind the same interface. */
export function fakeModeration(options: FakeModerationOptions): Moderation & { traces: string[] } {
  const traces: string[] = []
  return {
    traces,
    async checkText({ text }) {
      return options.blockedWords.some((word) => word !== '' && text.includes(word)) ? 'rejected' : 'passed'
    },
    async checkImage() {
      if (options.images !== 'push') return { verdict: 'passed' }
      const traceId = `fake-${randomUUID()}`
      traces.push(traceId)
      return { traceId }
    },
  }
}
