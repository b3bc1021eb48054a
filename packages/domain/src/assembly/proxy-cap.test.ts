import { InvalidInput } from '../errors'
import { DEFAULT_PROXY_CAP, checkProxyCap } from './proxy-cap'

const assign = (proxyId: string, ...subjects: string[]) => subjects.map((subjectId) => ({ proxyId, subjectId }))

describe('checkProxyCap', () => {
  it('allows exactly the cap and flags one more', () => {
    expect(DEFAULT_PROXY_CAP).toBe(3)
    expect(checkProxyCap(assign('p', 'a', 'b', 'c'))).toEqual([])
    expect(checkProxyCap([...assign('q', 'd', 'c', 'b', 'a'), ...assign('p', 'a')])).toEqual([
      { proxyId: 'q', principals: ['a', 'b', 'c', 'd'] },
    ])
  })

  it('counts a repeated principal once', () => {
    expect(checkProxyCap(assign('p', 'a', 'a', 'b', 'b', 'c'))).toEqual([])
  })

  it('honours a compound cap', () => {
    expect(checkProxyCap(assign('p', 'a', 'b'), 1)).toHaveLength(1)
    expect(() => checkProxyCap([], 0)).toThrow(InvalidInput)
  })
})
