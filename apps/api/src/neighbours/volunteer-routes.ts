import { neighbours } from '@jiayuan/contracts'
import { getUser, getVolunteer, listVolunteers, putVolunteer } from '@jiayuan/db'
import { mustCaller, route } from '../http/route'

/** H1: the skills registry (能人库). A volunteer appears in it only with consent; the phone never does. */
export const volunteerRoutes = [
  route(neighbours.myVolunteer, async (ctx) => {
    const { userId } = mustCaller(ctx)
    return { volunteer: (await getVolunteer(ctx.deps.db, ctx.params.compoundId, userId)) ?? null }
  }),

  route(neighbours.signUpVolunteer, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { compoundId } = ctx.params
    const [before, user] = await Promise.all([
      getVolunteer(ctx.deps.db, compoundId, userId),
      getUser(ctx.deps.db, userId),
    ])
    const volunteer = {
      compoundId,
      userId,
      name: user?.displayName ?? '—',
      skills: ctx.body.skills,
      ...(ctx.body.note ? { note: ctx.body.note } : {}),
      listed: ctx.body.consentToList,
      signedUpAt: before?.signedUpAt ?? ctx.now.toISOString(),
    }
    await putVolunteer(ctx.deps.db, volunteer)
    return volunteer
  }),

  route(neighbours.skillsRegistry, async ({ params, deps }) => ({
    volunteers: (await listVolunteers(deps.db, params.compoundId))
      .filter((v) => v.listed)
      .map(({ userId, name, skills, note }) => ({ userId, name, skills, ...(note ? { note } : {}) })),
  })),
]
