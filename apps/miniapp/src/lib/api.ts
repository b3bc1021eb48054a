import {
  fillPath,
  unknownFields,
  type BodyOf,
  type Endpoint,
  type ParamsOf,
  type QueryOf,
  type ResponseOf,
} from '@jiayuan/contracts'
import { ApiError } from './api-error'
import { request } from './request'

type NoKeys<T> = keyof T extends never ? true : false

/** Params and query are required exactly when the contract declares them; a body when it takes one. */
export type CallInput<E extends Endpoint> = (NoKeys<ParamsOf<E>> extends true
  ? { params?: undefined }
  : { params: ParamsOf<E> }) &
  (NoKeys<QueryOf<E>> extends true ? { query?: undefined } : { query?: QueryOf<E> }) &
  (undefined extends BodyOf<E> ? { body?: BodyOf<E> } : { body: BodyOf<E> })

/**
 * Calls an endpoint from @jiayuan/contracts and checks the answer with the same zod schema the API used to
 * build it, so the app never works on a shape it does not expect (STYLE rule 3).
 */
export async function call<E extends Endpoint>(endpoint: E, input: CallInput<E>): Promise<ResponseOf<E>> {
  const path = fillPath(endpoint.path, (input.params ?? {}) as Record<string, string>)
  // The API refuses fields its contract does not name; a page that sends one is the bug, so it shows here first.
  const extra = unknownFields(endpoint.body, input.body)
  if (extra.length > 0)
    throw new ApiError(
      400,
      'InvalidInput',
      '页面发送了多余的字段，请刷新后重试',
      extra.map((p) => ({ field: ['body', ...p].join('.'), message: '不认识的字段' })),
    )
  const data = await request({
    method: endpoint.method,
    path,
    ...(input.query ? { query: input.query as Record<string, string | undefined> } : {}),
    ...(input.body !== undefined ? { body: input.body } : {}),
  })
  const parsed = endpoint.response.safeParse(data)
  if (!parsed.success) throw new ApiError(200, 'BadResponse', '服务返回的数据不对，请稍后再试')
  return parsed.data as ResponseOf<E>
}
