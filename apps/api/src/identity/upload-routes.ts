import { compound } from '@jiayuan/contracts'
import { newId } from '@jiayuan/db'
import { mustCaller, route } from '../http/route'
import { uploadPrefix } from '../storage/uploads'

const EXT: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heic',
  'application/pdf': 'pdf',
}

export const uploadRoutes = [
  route(compound.createUpload, async (ctx) => {
    const key = `${uploadPrefix(ctx.params.compoundId, ctx.body.purpose, mustCaller(ctx).userId)}${newId()}.${EXT[ctx.body.contentType] ?? 'bin'}`
    const put = await ctx.deps.files.presignPut(key, ctx.body.contentType, ctx.body.size, ctx.now)
    return { key, method: 'PUT' as const, ...put }
  }),
]
