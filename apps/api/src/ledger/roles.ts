import type { Role } from '@jiayuan/contracts'

export const hasRole = (member: { roles: readonly Role[] }, role: Role) => member.roles.includes(role)
