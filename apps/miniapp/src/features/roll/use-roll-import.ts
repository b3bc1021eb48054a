import { useState } from 'react'
import { ROLL_FILE_MAX_BYTES, type RollImportResult, type RollRowError } from '@jiayuan/contracts'
import { ApiError, messageOf } from '../../lib/api-error'
import { toast } from '../../lib/feedback'
import { pickDataFile, type DataFile } from '../../lib/files'
import { downloadRollTemplate, importRoll } from './api'

type Step =
  { kind: 'idle' } | { kind: 'checked'; result: RollImportResult } | { kind: 'imported'; result: RollImportResult }

/**
 * Choose a file (Excel .xlsx or CSV, read on the server), 检查 first (a dry run: the whole file is validated and
 * the changes counted, nothing written), then 导入. Choosing another file asks for a new check, so what is
 * imported is what was checked.
 */
export function useRollImport(compoundId: string) {
  const [file, setFile] = useState<DataFile | undefined>()
  const [step, setStep] = useState<Step>({ kind: 'idle' })
  const [rowErrors, setRowErrors] = useState<RollRowError[]>([])
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState<'check' | 'import' | 'template' | undefined>()

  async function pickFile(): Promise<void> {
    try {
      const picked = await pickDataFile(['xlsx', 'csv'], ROLL_FILE_MAX_BYTES)
      if (!picked) return
      setFile(picked)
      setStep({ kind: 'idle' })
      setRowErrors([])
      setError(undefined)
    } catch (err) {
      setError(err instanceof Error ? err.message : '读取文件失败')
    }
  }

  async function run(dryRun: boolean): Promise<void> {
    if (!file) return setError('请先选择花名册文件（Excel .xlsx 或 CSV）')
    setBusy(dryRun ? 'check' : 'import')
    setError(undefined)
    setRowErrors([])
    try {
      const result = await importRoll(compoundId, { name: file.name, contentBase64: file.contentBase64 }, dryRun)
      setStep({ kind: dryRun ? 'checked' : 'imported', result })
    } catch (err) {
      setStep({ kind: 'idle' })
      setRowErrors(err instanceof ApiError ? err.rowErrors() : [])
      setError(messageOf(err))
    } finally {
      setBusy(undefined)
    }
  }

  async function template(): Promise<void> {
    setBusy('template')
    try {
      const outcome = await downloadRollTemplate(compoundId)
      if (outcome === 'saved') toast('模板已保存')
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(undefined)
    }
  }

  return {
    file,
    pickFile: () => void pickFile(),
    template: () => void template(),
    step,
    rowErrors,
    error,
    busy,
    check: () => void run(true),
    commit: () => void run(false),
  }
}
