import { cpuMark, cpuSplit } from './cpu-split'

describe('where a run’s CPU went', () => {
  it('splits the process’s time into the event loop, the load generator and the rest, per request', () => {
    const from = { process: 1000, main: 600, current: 100, dynamo: 5000 }
    const to = { process: 1500, main: 900, current: 150, dynamo: 5400 }
    // 100 requests: 3 ms of the main thread, 0.5 of the load generator, 1.5 of the process's other threads (500 ms
    // in all, less 300 and 50), 4 of DynamoDB Local.
    expect(cpuSplit(from, to, 100)).toEqual({ main: 3, load: 0.5, other: 1.5, dynamo: 4 })
  })

  it('reads this process’s threads from /proc, the main thread’s own taken on the main thread', () => {
    let spin = 0
    const mark = cpuMark(process.pid)
    for (let i = 0; i < 3e7; i++) spin += i
    const later = cpuMark(process.pid)
    expect(spin).toBeGreaterThan(0)
    // On the main thread the "current" thread is the main one: it is not counted twice.
    expect(mark.current).toBe(0)
    expect(later.main).toBeGreaterThanOrEqual(mark.main)
    expect(later.process).toBeGreaterThanOrEqual(later.main)
    // Read as another process would be (here, this one): the same clock.
    expect(later.dynamo).toBeGreaterThanOrEqual(later.main)
  })
})
