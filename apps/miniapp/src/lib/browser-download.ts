/**
 * H5 only: hands a blob to the browser as a download through a hidden link, then frees the object URL once the
 * browser has had time to start reading it. `className` lets journeys find the link.
 */
export function saveBlobInBrowser(blob: Blob, filename: string, className: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  a.className = className
  a.style.display = 'none'
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
