import { checkJoin, checkLeader, checkLeave, checkTeamHours, teamView, type StoredTeam } from './teams'

const team: StoredTeam = {
  teamId: 'team-1',
  compoundId: 'c1',
  name: '助老服务队',
  kind: 'elder_care',
  leaderId: 'u-wang',
  leaderName: '王芳',
  createdAt: '2026-12-01T01:00:00.000Z',
  version: 1,
}
const members = [
  { userId: 'u-wang', name: '王芳', joinedAt: '2026-12-01T01:00:00.000Z' },
  { userId: 'u-zhang', name: '张伟', joinedAt: '2026-12-01T02:00:00.000Z' },
]
const details = (f: () => void) => {
  try {
    f()
  } catch (err) {
    return (err as { details?: unknown }).details
  }
  return undefined
}

describe('volunteer teams (H1)', () => {
  it('takes a leader only from the volunteers, naming the field', () => {
    expect(details(() => checkLeader('u-li', new Set(['u-wang'])))).toEqual([
      { field: 'body.leaderId', message: '只能从本小区的志愿者中选择' },
    ])
    expect(() => checkLeader('u-wang', new Set(['u-wang']))).not.toThrow()
  })

  it('lets a volunteer join once and a member leave, but not the leader', () => {
    expect(details(() => checkJoin(members, 'u-li', false))).toEqual([
      { field: 'volunteer', message: '请先报名成为志愿者' },
    ])
    expect(() => checkJoin(members, 'u-zhang', true)).toThrow(/已经在/)
    expect(() => checkJoin(members, 'u-li', true)).not.toThrow()
    expect(details(() => checkLeave(team, members, 'u-wang'))).toEqual([
      { field: 'leader', message: '队长不能退出服务队' },
    ])
    expect(() => checkLeave(team, members, 'u-li')).toThrow(/不在/)
    expect(() => checkLeave(team, members, 'u-zhang')).not.toThrow()
  })

  it('records an activity only for members, not after today, and never twice for one person', () => {
    const input = { servedOn: '2026-12-03', memberIds: ['u-wang', 'u-zhang'] }
    expect(() => checkTeamHours(members, input, '2026-12-03', new Set())).not.toThrow()
    expect(details(() => checkTeamHours(members, input, '2026-12-02', new Set()))).toEqual([
      { field: 'body.servedOn', message: '不能晚于今天' },
    ])
    expect(
      details(() => checkTeamHours(members, { ...input, memberIds: ['u-wang', 'u-li'] }, '2026-12-03', new Set())),
    ).toEqual([{ field: 'body.memberIds.1', message: '不是本队队员' }])
    expect(details(() => checkTeamHours(members, input, '2026-12-03', new Set(['u-zhang'])))).toEqual([
      { field: 'body.memberIds.1', message: '这次活动的时长已经记录过' },
    ])
  })

  it('shows names in full to members and organisers, masked to everyone else, with ids only for them', () => {
    const outsider = teamView(team, members, [], { userId: 'u-li', roles: ['resident', 'owner'] })
    expect(outsider.leaderName).toBe('王*')
    expect(outsider.members).toEqual([
      { name: '王*', joinedAt: members[0]?.joinedAt },
      { name: '张*', joinedAt: members[1]?.joinedAt },
    ])
    expect(outsider.mine).toEqual({ member: false, leader: false })
    const member = teamView(team, members, [], { userId: 'u-zhang', roles: ['resident'] })
    expect(member.members.map((m) => m.name)).toEqual(['王芳', '张伟'])
    expect(member.mine).toEqual({ member: true, leader: false })
    const staff = teamView(team, members, [], { userId: 'u-sun', roles: ['property_staff'] })
    expect(staff.members[1]).toMatchObject({ userId: 'u-zhang', name: '张伟' })
  })
})
