import { RuleViolation } from '../errors'
import { checkTextVerdicts } from './content'

describe('the content check of a notice (DOMAIN W5)', () => {
  it('lets a text through only when both fields passed', () => {
    expect(() => checkTextVerdicts({ title: 'passed', body: 'passed' })).not.toThrow()
  })

  it('refuses with each refused field named, so the form marks it', () => {
    try {
      checkTextVerdicts({ title: 'rejected', body: 'rejected' })
      throw new Error('expected a refusal')
    } catch (err) {
      expect(err).toBeInstanceOf(RuleViolation)
      expect((err as RuleViolation).message).toBe('body.title: 内容未通过安全检查，请修改后再发布')
      expect((err as RuleViolation).details).toEqual([
        { field: 'body.title', message: '内容未通过安全检查，请修改后再发布' },
        { field: 'body.body', message: '内容未通过安全检查，请修改后再发布' },
      ])
    }
  })
})
