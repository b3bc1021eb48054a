import { apiDocument } from '@jiayuan/contracts'

let built: unknown

/**
 * The OpenAPI document of every endpoint, built from the contracts on the first request. It imports the whole
 * contracts list, so only the local server uses it; Lambda serves the copy infra wrote at build time
 * (openapi-file.ts).
 */
export function serveOpenApi(): unknown {
  built ??= apiDocument()
  return built
}
