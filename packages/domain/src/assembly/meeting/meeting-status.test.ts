import { Conflict } from '../../errors'
import { assertStatus, assertTextEditable } from './meeting-status'

describe('meeting status gates', () => {
  it('freezes the text once the notice is out (V9)', () => {
    expect(() => assertTextEditable('draft')).not.toThrow()
    for (const status of ['noticed', 'open', 'closed', 'final'] as const) {
      expect(() => assertTextEditable(status)).toThrow(
        expect.objectContaining({ code: 'NoticeFrozen', details: { status } }),
      )
    }
  })

  it('names the state and the action when a step does not apply', () => {
    expect(() => assertStatus('open', ['noticed'], '开始投票')).toThrow(Conflict)
    expect(() => assertStatus('open', ['noticed'], '开始投票')).toThrow('会议投票中，不能开始投票')
  })
})
