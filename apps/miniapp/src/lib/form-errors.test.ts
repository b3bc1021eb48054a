import { z } from 'zod'
import { ApiError } from './api-error'
import { errorsFromApi, errorsFromFailure, errorsFromZod } from './form-errors'

const FIX = { name: '请填写姓名', amountFen: '请填写金额' }
const Form = z.object({
  name: z.string().min(1),
  amountFen: z.number().int().max(100, '金额过大：单笔不能超过 1 元'),
  idempotencyKey: z.string().min(8),
})

describe('errorsFromZod', () => {
  it("shows the form's words for zod's English defaults and the contract's own Chinese message as it is", () => {
    const parsed = Form.safeParse({ name: '', amountFen: 500, idempotencyKey: 'x' })
    if (parsed.success) throw new Error('expected a failure')
    expect(errorsFromZod(parsed.error, FIX)).toEqual({ name: '请填写姓名', amountFen: '金额过大：单笔不能超过 1 元' })
  })

  it('keeps the first issue of a field', () => {
    const parsed = z.object({ name: z.string().min(2).regex(/^a/, '须以 a 开头') }).safeParse({ name: 'b' })
    if (parsed.success) throw new Error('expected a failure')
    expect(errorsFromZod(parsed.error, FIX)).toEqual({ name: '请填写姓名' })
  })
})

describe('errorsFromApi', () => {
  it('puts 400 details onto the fields by the first part of the path after body', () => {
    const issues = [
      { field: 'body.amountFen', message: 'Number must be less than or equal to 100' },
      { field: 'body.name.0', message: '小区里没有这个人' },
      { field: 'body.idempotencyKey', message: 'bad' },
    ]
    expect(errorsFromApi(issues, FIX)).toEqual({ amountFen: '请填写金额', name: '小区里没有这个人' })
  })
})

describe('errorsFromFailure', () => {
  it('reads field issues from an API error and nothing from any other failure', () => {
    const err = new ApiError(400, 'InvalidInput', 'body.name: Required', [{ field: 'body.name', message: 'Required' }])
    expect(errorsFromFailure(err, FIX)).toEqual({ name: '请填写姓名' })
    expect(errorsFromFailure(new Error('offline'), FIX)).toEqual({})
  })
})
