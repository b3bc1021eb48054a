import fs from 'node:fs'

export default async function globalTeardown(): Promise<void> {
  const state = (
    globalThis as { __jiayuan?: { ddb: { stop(): Promise<void> }; s3: { close(): Promise<void> }; dir: string } }
  ).__jiayuan
  if (!state) return
  await state.s3.close()
  await state.ddb.stop()
  fs.rmSync(state.dir, { recursive: true, force: true })
}
