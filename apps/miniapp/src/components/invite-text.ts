import { ROLE_LABEL, type Invite } from '@jiayuan/contracts'
import { dateTimeText } from '@jiayuan/domain'

/** What an invite grants, in words: `和谐家园 · 网格员（2 个网格）`, `和谐社区 · 社区管理员`. */
export function grantText(invite: Pick<Invite, 'grant'>): string {
  const g = invite.grant
  if (g.kind === 'platform') return '平台管理员'
  if (g.kind === 'community') return `${g.communityName} · 社区管理员`
  const grids = g.gridIds.length ? `（${g.gridIds.length} 个网格）` : ''
  return `${g.compoundName} · ${g.roles.map((r) => ROLE_LABEL[r]).join('、')}${grids}`
}

export const INVITE_STATUS_TEXT: Record<Invite['status'], string> = {
  open: '待接受',
  used: '已使用',
  expired: '已过期',
}

export function inviteStatusLine(invite: Invite): string {
  if (invite.status === 'open') return `有效期至 ${dateTimeText(invite.expiresAt)}`
  if (invite.status === 'used' && invite.usedAt) return `已于 ${dateTimeText(invite.usedAt)} 使用`
  return INVITE_STATUS_TEXT[invite.status]
}
