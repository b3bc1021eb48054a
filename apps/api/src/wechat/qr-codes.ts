/**
 * Mini-program codes (小程序码): WeChat's getUnlimitedQRCode in production; locally a stand-in that draws a real
 * QR code of the H5 join link, so the code on a printed poster can be scanned on a local run too.
 */
export interface MiniProgramCodes {
  /** A PNG of the code that opens `page` with `scene` (≤ 32 characters) in its `options.scene`. */
  unlimited(input: { scene: string; page: string; width: number }): Promise<Uint8Array<ArrayBuffer>>
}

/**
 * A compound's code never changes (its scene is the compound id), so each process keeps the last few it drew or
 * fetched: the code page and the poster are opened again and again, and drawing a code is the slow part of both
 * (WeChat's round trip in production, the PNG encoder locally).
 */
export function remembered(codes: MiniProgramCodes, keep = 64): MiniProgramCodes {
  const kept = new Map<string, Promise<Uint8Array<ArrayBuffer>>>()
  return {
    unlimited(input) {
      const key = `${input.scene}|${input.page}|${input.width}`
      const hit = kept.get(key)
      if (hit) return hit
      const made = codes.unlimited(input)
      // A failure is not kept: the next request tries again.
      made.catch(() => kept.delete(key))
      kept.set(key, made)
      if (kept.size > keep) kept.delete(kept.keys().next().value ?? key)
      return made
    },
  }
}
