import { useState } from 'react'
import { CsvRowError } from '@jiayuan/contracts'
import { ApiError, messageOf } from '../../../lib/api-error'
import { pickTextFile } from '../../../lib/files'

/**
 * One CSV import (payments or a bank statement): all rows valid or nothing written, and importing the same
 * file again changes nothing, so the person may simply try again. Bad rows come back as 行号/列/原因.
 */
export function useCsvImport<R>(send: (csv: string) => Promise<R>) {
  const [csv, setCsvText] = useState('')
  const [fileName, setFileName] = useState<string | undefined>()
  const [result, setResult] = useState<R | undefined>()
  const [rowErrors, setRowErrors] = useState<CsvRowError[]>([])
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)

  function setCsv(text: string): void {
    setCsvText(text)
    setResult(undefined)
    setRowErrors([])
    setError(undefined)
  }

  async function pickFile(): Promise<void> {
    try {
      const file = await pickTextFile(['csv', 'txt'])
      if (!file) return
      setCsv(file.text.replace(/^\uFEFF/, ''))
      setFileName(file.name)
    } catch (err) {
      setError(err instanceof Error ? err.message : '读取文件失败')
    }
  }

  async function run(): Promise<void> {
    if (!csv.trim()) return setError('请先选择文件或粘贴 CSV 内容')
    setBusy(true)
    setError(undefined)
    setRowErrors([])
    try {
      setResult(await send(csv))
    } catch (err) {
      const parsed = err instanceof ApiError ? CsvRowError.array().safeParse(err.details) : undefined
      setRowErrors(parsed?.success ? parsed.data : [])
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  return {
    csv,
    setCsv,
    fileName,
    pickFile: () => void pickFile(),
    result,
    rowErrors,
    error,
    busy,
    run: () => void run(),
  }
}
