import type { Evidence, EvidenceKind, EvidenceView } from '@jiayuan/contracts'
import { InvalidInput, RuleViolation, parseEvidenceRef } from '@jiayuan/domain'
import type { Deps } from '../deps'
import { isOwnUpload } from '../storage/uploads'

/**
 * Evidence must be the caller's own upload for this compound with purpose `receipt`, and must be there:
 * a key typed in by hand, or someone else's file, is refused naming the field.
 */
export async function checkEvidence(
  deps: Deps,
  compoundId: string,
  userId: string,
  evidence: readonly Evidence[],
  required: readonly EvidenceKind[] = [],
): Promise<void> {
  const owner = { compoundId, purpose: 'receipt', userId }
  const issues = (
    await Promise.all(
      evidence.map(async (e, i) =>
        isOwnUpload(e.key, owner) && (await deps.files.exists(e.key))
          ? null
          : { field: `body.evidence.${i}.key`, message: '请先上传凭证文件（用途：receipt）' },
      ),
    )
  ).filter((x): x is { field: string; message: string } => x !== null)
  if (issues.length > 0) throw new InvalidInput(`${issues[0]?.field}: ${issues[0]?.message}`, issues)
  const missing = required.filter((kind) => !evidence.some((e) => e.kind === kind))
  if (missing.length > 0)
    throw new RuleViolation('EvidenceMissing', `缺少凭证：${missing.join('、')}`, [
      { field: 'body.evidence', message: `须附 ${missing.join('、')}` },
    ])
}

/** Presigned GET URLs for evidence stored as `<kind>:<key>` refs on the chain. */
export async function evidenceViews(deps: Deps, refs: readonly string[] | undefined): Promise<EvidenceView[]> {
  return Promise.all(
    (refs ?? []).map(async (ref) => {
      const e = parseEvidenceRef(ref)
      return { ...e, url: await deps.files.presignGet(e.key) }
    }),
  )
}
