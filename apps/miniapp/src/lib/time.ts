/** Times are stored in UTC and shown in Asia/Shanghai (UTC+8, no daylight saving), whatever the phone's zone. */
const SHANGHAI_OFFSET_MS = 8 * 3600_000

export function shanghaiDate(iso: string): string {
  return new Date(Date.parse(iso) + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10)
}

export function shanghaiDateTime(iso: string): string {
  return new Date(Date.parse(iso) + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ')
}
