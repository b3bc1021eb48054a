import { pointsOf, pointsX100Of } from './format'

describe('points as typed and shown', () => {
  it.each([
    ['1', 100],
    ['0.5', 50],
    [' 2.25 ', 225],
    ['10.1', 1010],
  ])('reads %s as %i hundredths', (text, x100) => expect(pointsX100Of(text)).toBe(x100))

  it.each(['', '0', '0.00', '-1', '1.234', 'abc', '1,5'])('refuses %j', (text) =>
    expect(pointsX100Of(text)).toBeUndefined(),
  )

  it('shows hundredths without trailing zeros', () => {
    expect([9175, 9000, 50, 2625, 0].map(pointsOf)).toEqual(['91.75', '90', '0.5', '26.25', '0'])
  })
})
