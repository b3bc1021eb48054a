import { joinLink, joinScene } from './join-link'

describe('join link and scene', () => {
  it('carries the compound id as the scene, refusing what WeChat cannot carry', () => {
    expect(joinScene('c-hexie')).toBe('c-hexie')
    expect(() => joinScene('c'.repeat(33))).toThrow('无法生成小程序码')
    expect(() => joinScene('小区')).toThrow('无法生成小程序码')
  })
  it('opens the join page of the H5 build with the compound chosen', () => {
    expect(joinLink('https://h5.example.cn', 'c-hexie')).toBe(
      'https://h5.example.cn/#/pages/join/index?compoundId=c-hexie',
    )
    expect(joinLink('http://localhost:3000/', 'c-1')).toBe('http://localhost:3000/#/pages/join/index?compoundId=c-1')
  })
})
