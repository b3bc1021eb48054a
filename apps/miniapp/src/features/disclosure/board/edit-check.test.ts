import { checkSectionDraft } from './edit-check'

describe('checkSectionDraft', () => {
  it('passes a filled-in section with work contacts', () => {
    const out = checkSectionDraft(
      { content: ' 项目经理：李强 ', persons: [{ duty: '项目经理', name: '李强', workContact: '0571-88886666' }] },
      3,
    )
    expect(out).toEqual({
      body: {
        content: '项目经理：李强',
        persons: [{ duty: '项目经理', name: '李强', workContact: '0571-88886666' }],
        expectedVersion: 3,
      },
    })
  })

  it('names each bad field in words', () => {
    const out = checkSectionDraft({ content: '  ', persons: [{ duty: '客服', name: '', workContact: '1' }] }, 0)
    expect(out).toEqual({
      errors: {
        content: '请填写公示内容',
        'persons.0.name': '请填写姓名',
        'persons.0.workContact': '请填写办公电话或工作手机（至少 3 位）',
      },
    })
  })
})
