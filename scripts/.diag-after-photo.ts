import { freePort } from '@jiayuan/db/local'
import { startStack } from './stack'

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415408d763f8cfc0000003010100c9fe92ef0000000049454e44ae426082', 'hex')

async function main() {
  const stack = await startStack({ port: await freePort(), host: '127.0.0.1' })
  const base = stack.url
  const j = async (method: string, path: string, token?: string, body?: unknown) => {
    const res = await fetch(base + path, { method, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, ...(body ? { body: JSON.stringify(body) } : {}) })
    return res.json() as Promise<any>
  }
  const login = async (personaId: string) => (await j('POST', '/v1/auth/dev', undefined, { personaId })).token as string
  const c = '/v1/compounds/c-hexie'
  const up = async (token: string) => {
    const t = await j('POST', `${c}/uploads`, token, { purpose: 'ticket_photo', contentType: 'image/png', size: PNG.length })
    await fetch(t.url, { method: 'PUT', headers: t.headers, body: PNG })
    return t.key as string
  }
  const r = await login('resident')
  const w = await login('grid-a')
  const created = await j('POST', `${c}/tickets`, r, { category: 'repair', location: { kind: 'unit', unitId: 'b2-1-201' }, description: '灯不亮', photoKeys: [await up(r)], idempotencyKey: 'diag-000001' })
  const id = created.ticket.ticketId
  for (const a of [{ type: 'claim' }, { type: 'contact' }, { type: 'arrive' }]) await j('POST', `${c}/tickets/${id}/actions`, w, a)
  const after = await up(w)
  console.log('after key', after, JSON.stringify(await j('POST', `${c}/tickets/${id}/actions`, w, { type: 'add_after_photos', photoKeys: [after] })).slice(0, 300))
  for (let i = 0; i < 10; i++) {
    await new Promise((res) => setTimeout(res, 10_000))
    const d = await j('GET', `${c}/tickets/${id}`, w)
    console.log(i, JSON.stringify(d.ticket.photos), JSON.stringify(d.ticket.afterPhotos))
  }
  await stack.stop()
}
main().catch((e) => { console.error(e); process.exit(1) })
