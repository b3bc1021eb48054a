import { DisclosureUpdate } from '@jiayuan/contracts'
import type { z } from 'zod'

export interface PersonDraft {
  duty: string
  name: string
  workContact: string
}

export interface SectionDraft {
  content: string
  persons: PersonDraft[]
}

/** Field → its error in words; `persons.1.workContact` names the person by number. */
export type EditErrors = Partial<Record<string, string>>

const PERSON_FIELD: Record<keyof PersonDraft, string> = { duty: '职务', name: '姓名', workContact: '工作电话' }

function personMessage(field: keyof PersonDraft, code: string): string {
  if (field === 'workContact' && code === 'too_small') return '请填写办公电话或工作手机（至少 3 位）'
  if (code === 'too_small') return `请填写${PERSON_FIELD[field]}`
  return `${PERSON_FIELD[field]}太长了`
}

/**
 * Checks a draft with the same schema the API parses (STYLE 3) and says what is wrong in words, per field.
 * Returns the body to send, or the errors.
 */
export function checkSectionDraft(
  draft: SectionDraft,
  expectedVersion: number,
): { body: z.input<typeof DisclosureUpdate> } | { errors: EditErrors } {
  const body = { content: draft.content, persons: draft.persons, expectedVersion }
  const parsed = DisclosureUpdate.safeParse(body)
  if (parsed.success) return { body: parsed.data }
  const errors: EditErrors = {}
  for (const issue of parsed.error.issues) {
    const [head, index, field] = issue.path
    if (head === 'content')
      errors.content ??= issue.code === 'too_big' ? '公示内容太长了（最多 8000 字）' : issue.message
    else if (head === 'persons' && typeof index === 'number' && typeof field === 'string' && field in PERSON_FIELD) {
      errors[`persons.${index}.${field}`] ??= personMessage(field as keyof PersonDraft, issue.code)
    } else if (head === 'persons') errors.persons ??= '负责人最多 20 位'
  }
  return { errors }
}
