import { readFileSync } from 'node:fs'
import type { Deps } from '../deps'

let read: { file: string; document: unknown } | undefined

/**
 * The documents Lambda's answer to /v1/openapi.json: the openapi.json infra built from the contracts at synth and
 * put beside the bundle (OPENAPI_FILE), read on the first request. Building it there instead would put every
 * contract into the function's cold start (issue #17).
 */
export function serveOpenApiFile(deps: Deps): unknown {
  const file = deps.config.OPENAPI_FILE
  if (!file) throw new Error('OPENAPI_FILE is not set: infra writes openapi.json beside the documents bundle')
  if (read?.file !== file) read = { file, document: JSON.parse(readFileSync(file, 'utf8')) as unknown }
  return read.document
}
