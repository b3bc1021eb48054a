import { minutesText, percentText, scoreText, yuanText } from './format'

describe('report formatting', () => {
  it('shows money from integer fen', () => {
    expect(yuanText(123456789)).toBe('1,234,567.89 元')
    expect(yuanText(-5)).toBe('-0.05 元')
    expect(yuanText(0)).toBe('0.00 元')
  })
  it('shows rates, scores and durations, and a dash for nothing', () => {
    expect(percentText(8750)).toBe('87.50%')
    expect(percentText(null)).toBe('—')
    expect(scoreText(363)).toBe('3.63')
    expect(scoreText(null)).toBe('—')
    expect(minutesText(150)).toBe('2小时30分')
    expect(minutesText(45)).toBe('45分')
  })
})
