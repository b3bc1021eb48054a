import { boardOf, summarizeEvaluations } from './evaluation'

describe('summarizeEvaluations', () => {
  it('is null with no ratings, never a misleading 0', () => {
    expect(summarizeEvaluations('2025-Q1', [])).toEqual({
      quarter: '2025-Q1',
      ratings: 0,
      componentsX100: null,
      scoreX100: null,
      board: null,
    })
  })

  it('averages each component and the whole ×100, half up, in integers', () => {
    const summary = summarizeEvaluations('2025-Q1', [
      { attitude: 5, repairs: 4, cleaning: 4, security: 5 },
      { attitude: 4, repairs: 4, cleaning: 3, security: 5 },
      { attitude: 4, repairs: 3, cleaning: 3, security: 4 },
    ])
    // attitude 13/3 = 4.333 → 433; cleaning 10/3 = 3.333 → 333; all 48/12 = 4.00
    expect(summary).toEqual({
      quarter: '2025-Q1',
      ratings: 3,
      componentsX100: { attitude: 433, repairs: 367, cleaning: 333, security: 467 },
      scoreX100: 400,
      board: 'red',
    })
  })

  it.each([
    [500, 'red'],
    [400, 'red'],
    [399, 'grey'],
    [300, 'grey'],
    [299, 'black'],
    [100, 'black'],
  ])('%i is on the %s board', (score, board) => {
    expect(boardOf(score)).toBe(board)
  })
})
