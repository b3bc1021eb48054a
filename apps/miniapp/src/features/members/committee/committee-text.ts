import type { CommitteeTerm } from '@jiayuan/contracts'

/** `任期 2026-01-01 至 2028-12-31（备案）`: the committee role's term and where it came from (DOMAIN G1). */
export function committeeText(term: CommitteeTerm): string {
  const source = term.source.kind === 'filing' ? '备案' : '选举'
  return `委员任期 ${term.termStart} 至 ${term.termEnd}（${source}）`
}
