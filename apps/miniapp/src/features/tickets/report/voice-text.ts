/**
 * What the description becomes when `heard` is spoken after `before`: joined with a Chinese comma when the
 * written part does not already end a clause, and cut to the field's limit (the API refuses longer text).
 */
export function appendSpoken(before: string, heard: string, maxLength: number): string {
  const spoken = heard.trim()
  if (!spoken) return before
  const written = before.trimEnd()
  const joiner = written === '' || /[，。！？,.!?；;、\s]$/.test(written) ? '' : '，'
  return (written + joiner + spoken).slice(0, maxLength)
}
