import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Deps } from '../deps'
import { serveOpenApiFile } from './openapi-file'

const depsWith = (OPENAPI_FILE: string | undefined) => ({ config: { OPENAPI_FILE } }) as unknown as Deps

describe('the documents Lambda’s OpenAPI document', () => {
  it('is the openapi.json infra wrote beside the bundle, read once', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'jiayuan-openapi-')), 'openapi.json')
    writeFileSync(file, JSON.stringify({ openapi: '3.0.3', paths: { '/v1/health': {} } }))
    expect(serveOpenApiFile(depsWith(file))).toEqual({ openapi: '3.0.3', paths: { '/v1/health': {} } })
    writeFileSync(file, '{}')
    expect(serveOpenApiFile(depsWith(file))).toMatchObject({ openapi: '3.0.3' })
  })

  it('says what is missing when OPENAPI_FILE is not set', () => {
    expect(() => serveOpenApiFile(depsWith(undefined))).toThrow(/OPENAPI_FILE/)
  })
})
