import { z } from 'zod'
import { Id } from './common'
import { CompoundSummary } from './compound'

/**
 * Above the compound (DOMAIN G4): the street (街道) whose staff see the compounds of their communities, and the
 * departments (城管, 消防, 住建 …) that receive whistled requests (吹哨报到, T12).
 */
export const Street = z.object({ streetId: Id, name: z.string(), district: z.string() })
export type Street = z.infer<typeof Street>

export const DepartmentKind = z.enum(['chengguan', 'xiaofang', 'zhujian', 'shizheng', 'other'])
export type DepartmentKind = z.infer<typeof DepartmentKind>
export const DEPARTMENT_KIND_LABEL: Record<DepartmentKind, string> = {
  chengguan: '城管',
  xiaofang: '消防',
  zhujian: '住建',
  shizheng: '市政',
  other: '其他部门',
}

/** A department serving a street: the communities of that street whistle to it. */
export const Department = z.object({ departmentId: Id, streetId: Id, name: z.string(), kind: DepartmentKind })
export type Department = z.infer<typeof Department>

/** A street staff member's membership of a street (街道工作人员). */
export const StreetMembership = z.object({ streetId: Id, streetName: z.string() })
export type StreetMembership = z.infer<typeof StreetMembership>

/** A department user's membership of a department (部门工作人员). */
export const DepartmentMembership = z.object({ departmentId: Id, departmentName: z.string(), kind: DepartmentKind })
export type DepartmentMembership = z.infer<typeof DepartmentMembership>

export const StreetParams = z.object({ streetId: Id })
export const DepartmentParams = z.object({ departmentId: Id })

/** One compound as the street sees it: with the community it belongs to. */
export const StreetCompound = CompoundSummary.extend({ communityId: Id, communityName: z.string() })
export type StreetCompound = z.infer<typeof StreetCompound>

export const StreetCompounds = z.object({ street: Street, compounds: z.array(StreetCompound) })
export type StreetCompounds = z.infer<typeof StreetCompounds>

export const DepartmentList = z.object({ departments: z.array(Department) })
export type DepartmentList = z.infer<typeof DepartmentList>
