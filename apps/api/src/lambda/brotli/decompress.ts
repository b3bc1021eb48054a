import { brotliDecompressSync } from 'node:zlib'

/**
 * Stands in for npm `brotli/decompress.js` in the Lambda bundles (infra aliases `brotli` to this folder): fontkit
 * imports it to read WOFF2 fonts, and its pure-JS decoder with dictionary is 475 KB of a bundle that only ever
 * reads a TTF. Node's own zlib decodes Brotli, so WOFF2 would still work.
 */
export default function decompress(input: Uint8Array): Uint8Array {
  return new Uint8Array(brotliDecompressSync(input))
}
