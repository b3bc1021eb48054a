import { useState } from 'react'
import type { RollImportResult, RollRowError } from '@jiayuan/contracts'
import { ApiError, messageOf } from '../../lib/api-error'
import { pickTextFile } from '../../lib/files'
import { importRoll } from './api'

type Step =
  { kind: 'idle' } | { kind: 'checked'; result: RollImportResult } | { kind: 'imported'; result: RollImportResult }

/**
 * 检查 first (a dry run: the whole file is validated and the changes counted, nothing written), then 导入.
 * Editing the text after a check asks for a new check, so what is imported is what was checked.
 */
export function useRollImport(compoundId: string) {
  const [csv, setCsvText] = useState('')
  const [fileName, setFileName] = useState<string | undefined>()
  const [step, setStep] = useState<Step>({ kind: 'idle' })
  const [rowErrors, setRowErrors] = useState<RollRowError[]>([])
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState<'check' | 'import' | undefined>()

  function setCsv(text: string): void {
    setCsvText(text)
    setStep({ kind: 'idle' })
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

  async function run(dryRun: boolean): Promise<void> {
    if (!csv.trim()) return setError('请先粘贴花名册内容或选择文件')
    setBusy(dryRun ? 'check' : 'import')
    setError(undefined)
    setRowErrors([])
    try {
      const result = await importRoll(compoundId, csv, dryRun)
      setStep({ kind: dryRun ? 'checked' : 'imported', result })
    } catch (err) {
      setStep({ kind: 'idle' })
      setRowErrors(err instanceof ApiError ? err.rowErrors() : [])
      setError(messageOf(err))
    } finally {
      setBusy(undefined)
    }
  }

  return {
    csv,
    setCsv,
    fileName,
    pickFile: () => void pickFile(),
    step,
    rowErrors,
    error,
    busy,
    check: () => void run(true),
    commit: () => void run(false),
  }
}
