import { z } from 'zod'
import { Id, IsoTime } from './common'
import { isGenericZhMessage, zhErrorMap } from './zh-errors'

const messages = (schema: z.ZodTypeAny, value: unknown) => {
  const parsed = schema.safeParse(value, { errorMap: zhErrorMap })
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
}

describe('zod in Chinese', () => {
  const Form = z
    .object({
      name: z.string().min(1).max(5),
      kind: z.enum(['a', 'b']),
      count: z.number().int().min(1).max(10),
      at: IsoTime,
      id: Id,
      tags: z.array(z.string()).min(1),
    })
    .strict()

  it('says what is wrong with each field in Chinese, never zod English', () => {
    expect(messages(Form, { name: null, count: 1.5, at: 'soon', id: 'a b', tags: [], extra: 1 })).toEqual([
      'name: 不能为空',
      'kind: 必填',
      'count: 应为整数，收到的是数字',
      'at: 应为日期时间（ISO 8601，带时区）',
      'id: 只能含字母、数字、“-”和“_”',
      'tags: 至少要有一项',
      ': 不认识的字段：extra',
    ])
    expect(messages(Form, { name: '长长长长长长', kind: 'c', count: 11, at: '', id: 'x', tags: ['t'] })).toEqual([
      'name: 最多 5 个字',
      'kind: 应为以下之一："a"、"b"（收到 "c"）',
      'count: 不能大于 10',
      'at: 应为日期时间（ISO 8601，带时区）',
    ])
  })

  it("tells the map's generic sentence from a schema's own", () => {
    const parsed = z
      .object({ a: z.string(), b: z.string().min(2, '至少两个字') })
      .safeParse({ b: 'x' }, { errorMap: zhErrorMap })
    expect(parsed.success).toBe(false)
    if (parsed.success) return
    expect(parsed.error.issues.map(isGenericZhMessage)).toEqual([true, false])
  })
})
