import { remembered, type MiniProgramCodes } from './qr-codes'

describe('remembered mini-program codes', () => {
  it('draws each compound code once, and tries a failed one again', async () => {
    let calls = 0
    let fail = true
    const codes: MiniProgramCodes = {
      async unlimited({ scene }) {
        calls += 1
        if (scene === 'bad' && fail) throw new Error('WeChat said no')
        return new Uint8Array(new ArrayBuffer(scene.length))
      },
    }
    const kept = remembered(codes, 2)
    const input = { scene: 'c-hexie', page: 'pages/join/index', width: 430 }
    await Promise.all([kept.unlimited(input), kept.unlimited(input)])
    expect(calls).toBe(1)
    await expect(kept.unlimited({ ...input, scene: 'bad' })).rejects.toThrow('WeChat said no')
    fail = false
    await expect(kept.unlimited({ ...input, scene: 'bad' })).resolves.toHaveLength(3)
    expect(calls).toBe(3)
    await kept.unlimited({ ...input, scene: 'c-3' })
    await kept.unlimited(input)
    expect(calls).toBe(5)
  })
})
