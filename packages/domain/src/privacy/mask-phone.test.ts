import { maskPhone, maskPhonesInText } from './mask-phone'

describe('maskPhone', () => {
  it.each([
    ['13812348888', '138****8888'],
    ['138 1234 8888', '138****8888'],
    ['+86 138-1234-8888', '138****8888'],
    ['008613812348888', '138****8888'],
    ['010-62345678', '010****5678'],
    ['0571-87654321', '057*****4321'],
    ['1234567', '*******'],
    ['', ''],
  ])('%p → %p', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked)
  })
})

describe('maskPhonesInText', () => {
  it('masks mobile numbers written into a description', () => {
    expect(maskPhonesInText('漏水了，请联系13812348888或15900001111')).toBe('漏水了，请联系138****8888或159****1111')
  })
  it('leaves other numbers alone', () => {
    expect(maskPhonesInText('3号楼502，订单号 2138123488881')).toBe('3号楼502，订单号 2138123488881')
  })
})
