import fs from 'node:fs'
import { createServer, type Server } from 'node:net'
import { freePort } from './dynamo-local'

function ephemeralLow(): number {
  try {
    return Number(fs.readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0])
  } catch {
    return 49_152
  }
}

function listenOn(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve(server))
  })
}

describe('freePort', () => {
  it('names a port below the range the kernel gives to outgoing sockets and listen(0), so none of those can take it', async () => {
    const low = ephemeralLow()
    const ports = await Promise.all(Array.from({ length: 20 }, () => freePort()))
    for (const port of ports) {
      expect(port).toBeLessThan(low)
      expect(port).toBeGreaterThan(1024)
    }
    // A server that asks the kernel for any port lands in the ephemeral range, never on a named free port.
    const any = await listenOn(0)
    const address = any.address()
    expect(typeof address === 'object' && address ? address.port : 0).toBeGreaterThanOrEqual(low)
    any.close()
  })

  it('never names a port browsers refuse to fetch from (10080 gave a journey net::ERR_UNSAFE_PORT)', async () => {
    const low = ephemeralLow()
    const floor = Math.min(10_000, low - 1_000)
    const random = jest.spyOn(Math, 'random').mockReturnValueOnce((10_080 - floor + 0.5) / (low - floor))
    try {
      expect(await freePort()).not.toBe(10_080)
      expect(random).toHaveBeenCalledTimes(2)
    } finally {
      random.mockRestore()
    }
  })

  it('names a port that can be listened on', async () => {
    const server = await listenOn(await freePort())
    server.close()
  })
})
