import { compound } from '@jiayuan/contracts'
import { newId } from '@jiayuan/db'
import { mustCaller, route } from '../http/route'
import { extensionOf, uploadPrefix } from '../storage/uploads'

export const uploadRoutes = [
  route(compound.createUpload, async (ctx) => {
    const key = `${uploadPrefix(ctx.params.compoundId, ctx.body.purpose, mustCaller(ctx).userId)}${newId()}.${extensionOf(ctx.body.contentType)}`
    const put = await ctx.deps.files.presignPut(key, ctx.body.contentType, ctx.body.size, ctx.now)
    return { key, method: 'PUT' as const, ...put }
  }),
]
