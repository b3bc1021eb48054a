import { defaultIsContentTypeBinary } from 'hono/aws-lambda'

/**
 * Which answers the Lambda adapter passes to API Gateway as base64 bytes. Hono's default sends text/* as a
 * string read with `Response.text()`, which drops a leading byte-order mark; a CSV for Excel needs exactly that
 * mark, so file answers of the API (contracts `FileType`) always travel as bytes.
 */
export function isBinaryAnswer(contentType: string): boolean {
  return /^text\/csv\b/i.test(contentType) || defaultIsContentTypeBinary(contentType)
}
