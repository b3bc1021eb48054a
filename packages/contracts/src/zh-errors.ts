import { z, ZodIssueCode, type ZodErrorMap, type ZodIssueOptionalMessage } from 'zod'

/**
 * zod's messages in Chinese (issue 15 item 6: people saw "Required" and "Expected string, received null"). The
 * API and the mini-app install it once (`installZhErrors`); a message a schema writes itself still wins.
 */

const TYPE: Record<string, string> = {
  string: '文字',
  number: '数字',
  integer: '整数',
  float: '数字',
  nan: '非数字',
  boolean: '是或否',
  date: '日期',
  bigint: '整数',
  object: '一组字段',
  array: '列表',
  null: '空值',
  undefined: '空',
  symbol: '符号',
  function: '函数',
  map: '映射',
  set: '集合',
  promise: 'Promise',
  void: '空',
  never: '不允许的值',
  unknown: '未知值',
}

const typeName = (t: string) => TYPE[t] ?? t
const list = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join('、')

const FORMAT: Record<string, string> = {
  email: '邮箱地址',
  url: '网址',
  emoji: '表情',
  uuid: 'UUID',
  nanoid: 'ID',
  cuid: 'ID',
  cuid2: 'ID',
  ulid: 'ID',
  regex: '规定的格式',
  datetime: '日期时间（ISO 8601，带时区）',
  date: '日期（YYYY-MM-DD）',
  time: '时间（HH:mm:ss）',
  duration: '时长',
  ip: 'IP 地址',
  cidr: 'CIDR 地址段',
  base64: 'Base64',
  base64url: 'Base64URL',
  jwt: 'JWT',
}

function sizeMessage(issue: Extract<ZodIssueOptionalMessage, { code: 'too_small' | 'too_big' }>): string {
  const small = issue.code === ZodIssueCode.too_small
  const bound = issue.code === ZodIssueCode.too_small ? issue.minimum : issue.maximum
  const exact = issue.exact === true
  switch (issue.type) {
    case 'string':
      if (small && Number(bound) === 1 && !exact) return '不能为空'
      return exact ? `应为 ${bound} 个字` : small ? `至少 ${bound} 个字` : `最多 ${bound} 个字`
    case 'array':
    case 'set':
      if (small && Number(bound) === 1 && !exact) return '至少要有一项'
      return exact ? `应为 ${bound} 项` : small ? `至少 ${bound} 项` : `最多 ${bound} 项`
    case 'date':
      return `${small ? '不能早于' : '不能晚于'} ${new Date(Number(bound)).toISOString()}`
    default:
      if (exact) return `应等于 ${bound}`
      if (small) return issue.inclusive ? `不能小于 ${bound}` : `应大于 ${bound}`
      return issue.inclusive ? `不能大于 ${bound}` : `应小于 ${bound}`
  }
}

/** The Chinese sentence for one zod issue (what is wrong; the field is named beside it by its path). */
export function zhMessage(issue: ZodIssueOptionalMessage): string {
  switch (issue.code) {
    case ZodIssueCode.invalid_type:
      if (issue.received === 'undefined') return '必填'
      if (issue.received === 'null') return '不能为空'
      return `应为${typeName(issue.expected)}，收到的是${typeName(issue.received)}`
    case ZodIssueCode.invalid_literal:
      return `应为 ${JSON.stringify(issue.expected)}`
    case ZodIssueCode.unrecognized_keys:
      return `不认识的字段：${issue.keys.join('、')}`
    case ZodIssueCode.invalid_union:
      return '格式不对'
    case ZodIssueCode.invalid_union_discriminator:
      return `应为以下之一：${list(issue.options)}`
    case ZodIssueCode.invalid_enum_value:
      return `应为以下之一：${list(issue.options)}（收到 ${JSON.stringify(issue.received)}）`
    case ZodIssueCode.invalid_arguments:
    case ZodIssueCode.invalid_return_type:
      return '参数不对'
    case ZodIssueCode.invalid_date:
      return '日期无效'
    case ZodIssueCode.invalid_string: {
      const v = issue.validation
      if (typeof v === 'object') {
        if ('includes' in v) return `应包含 “${v.includes}”`
        if ('startsWith' in v) return `应以 “${v.startsWith}” 开头`
        return `应以 “${v.endsWith}” 结尾`
      }
      return `应为${FORMAT[v] ?? '规定的格式'}`
    }
    case ZodIssueCode.too_small:
    case ZodIssueCode.too_big:
      return sizeMessage(issue)
    case ZodIssueCode.not_multiple_of:
      return `应为 ${issue.multipleOf} 的整数倍`
    case ZodIssueCode.not_finite:
      return '应为有限的数字'
    case ZodIssueCode.invalid_intersection_types:
      return '格式不对'
    case ZodIssueCode.custom:
    default:
      return '格式不对'
  }
}

export const zhErrorMap: ZodErrorMap = (issue) => ({ message: zhMessage(issue) })

/** Whether a message is this map's generic sentence (a form may prefer its own words for the field). */
export const isGenericZhMessage = (issue: ZodIssueOptionalMessage & { message?: string }) =>
  issue.message === zhMessage(issue)

/** Makes zod answer in Chinese in this process: once at start, in the API's app and the mini-app's entry. */
export function installZhErrors(): void {
  z.setErrorMap(zhErrorMap)
}
