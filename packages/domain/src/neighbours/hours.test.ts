import { hoursText } from './hours'

describe('hoursText', () => {
  it.each([
    [60, '1 小时'],
    [90, '1.5 小时'],
    [45, '0.8 小时'],
    [150, '2.5 小时'],
    [0, '0 小时'],
  ])('%i minutes read as %s', (minutes, text) => {
    expect(hoursText(minutes)).toBe(text)
  })
})
