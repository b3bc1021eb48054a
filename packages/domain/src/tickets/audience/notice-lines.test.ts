import { NotificationKind } from '@jiayuan/contracts'
import { NOTICE_LINE_KINDS, noticeLine } from './notice-lines'

describe('noticeLine (DOMAIN T9)', () => {
  it('tells the requester who took their report, by name', () => {
    expect(noticeLine({ kind: 'claimed', mine: true, personName: '陈静' })).toBe('您的报修已被陈静认领')
    expect(noticeLine({ kind: 'claimed', mine: false, personName: '陈静' })).toBe('您关注的报修已被陈静认领')
  })
  it('names who left a message: to the requester on her report, to the handler on the ticket they hold', () => {
    expect(noticeLine({ kind: 'message', mine: true, personName: '陈静' })).toBe('陈静在您的报修里给您留言')
    expect(noticeLine({ kind: 'message', mine: false, personName: '王芳' })).toBe('王芳在工单里给您留言')
  })
  it('says something true for a kind without its own line, and when the name is unknown', () => {
    expect(noticeLine({ kind: 'not_a_kind', mine: true })).toBe('您的报修有新进展')
    expect(noticeLine({ kind: 'claimed', mine: true })).toBe('您的报修已被工作人员认领')
  })
  it('has a line of its own for every notification kind', () => {
    expect(NotificationKind.options.filter((kind) => !NOTICE_LINE_KINDS.includes(kind))).toEqual([])
  })
})
