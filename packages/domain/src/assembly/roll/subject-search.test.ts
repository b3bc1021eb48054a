import { matchesSubject } from './subject-search'

const li = { name: '李建国', unitLabels: ['1-1-101', '2-1-302'] }

describe('matchesSubject', () => {
  it.each([
    ['1-1-101', true],
    ['1栋1单元101', true],
    ['2-1-302', true],
    ['302', true],
    ['1-302', true],
    ['3-1-101', false],
    ['1-101-1', false],
    ['李建', true],
    ['张', false],
    ['', true],
  ])('%s → %s', (q, expected) => {
    expect(matchesSubject(q, li)).toBe(expected)
  })

  it('does not match part of a number', () => {
    expect(matchesSubject('10', li)).toBe(false)
  })
})
