/** The name the API gave the file (`filename*=UTF-8''…`, RFC 5987), when the answer lets the page read it. */
export function fileNameOf(disposition: string | null | undefined, fallback: string): string {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '')?.[1]
  if (!encoded) return fallback
  try {
    return decodeURIComponent(encoded)
  } catch {
    return fallback
  }
}
