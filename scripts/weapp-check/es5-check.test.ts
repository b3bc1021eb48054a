import { findEs5Violation } from './es5-check'

describe('findEs5Violation', () => {
  it('passes plain ES5', () => {
    expect(findEs5Violation('"use strict";\nvar a = { b: 1 };\nfunction f(x) { return x && x.b; }\nf(a);')).toBeNull()
  })

  it('names optional chaining and where it is', () => {
    const found = findEs5Violation('var a = {};\nvar b = a?.c;')
    expect(found).toMatchObject({ line: 2, message: expect.stringContaining('optional chaining') })
    expect(found?.excerpt).toContain('a?.c')
  })

  it('names object spread', () => {
    expect(findEs5Violation('var o = { ...p };')?.message).toContain('spread')
  })

  it('names an arrow function from the spot acorn stops at', () => {
    expect(findEs5Violation('var f = (a) => a;')?.message).toContain('arrow function')
    expect(findEs5Violation('var f = (a, b) => a;')?.message).toContain('arrow function')
    expect(findEs5Violation('var f = a => a;')?.message).toContain('arrow function')
  })

  it('names a default parameter', () => {
    const found = findEs5Violation('function f(a, b = 1) { return a + b; }')
    expect(found?.message).toBe('Unexpected token: default value (parameter or destructuring)')
  })

  it('reports const and classes with acorn’s own words', () => {
    expect(findEs5Violation('const a = 1;')?.message).toMatch(/keyword 'const'/)
    expect(findEs5Violation('class A {}')?.message).toMatch(/keyword 'class'/)
  })

  it('keeps the excerpt short on a minified line', () => {
    const found = findEs5Violation(`${'var a=1;'.repeat(500)}var b=a?.c;${'var a=1;'.repeat(500)}`)
    expect(found?.excerpt.length).toBeLessThanOrEqual(60)
  })
})
