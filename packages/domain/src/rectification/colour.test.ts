import { companyColour, type ColourInput } from './colour'

const open = (over: Partial<ColourInput['notices'][number]> = {}) => ({
  status: 'open' as const,
  severity: 'general' as const,
  overdue: false,
  ...over,
})

describe('companyColour (四色, DOMAIN S3)', () => {
  it.each<[string, ColourInput, string]>([
    ['no notices', { notices: [], bands: [] }, 'green'],
    ['only closed notices', { notices: [open({ status: 'closed', card: 'interview' })], bands: [] }, 'green'],
    ['one open notice', { notices: [open()], bands: [] }, 'yellow'],
    ['a reply awaiting 回头看', { notices: [open({ status: 'replied' })], bands: [] }, 'yellow'],
    ['one yellow card', { notices: [open({ card: 'yellow', overdue: true })], bands: [] }, 'yellow'],
    ['two yellow cards', { notices: [open({ card: 'yellow' }), open({ card: 'yellow' })], bands: [] }, 'orange'],
    ['a red card', { notices: [open({ card: 'red' })], bands: [] }, 'orange'],
    ['life and safety overdue', { notices: [open({ severity: 'life_safety', overdue: true })], bands: [] }, 'orange'],
    ['an interview', { notices: [open({ card: 'interview' })], bands: [] }, 'red'],
    ['two red cards', { notices: [open({ card: 'red' }), open({ card: 'red' })], bands: [] }, 'red'],
    ['black band, nothing open', { notices: [], bands: ['black'] }, 'yellow'],
    ['black band and a red card', { notices: [open({ card: 'red' })], bands: ['red', 'black'] }, 'red'],
    ['black band and an interview stays red', { notices: [open({ card: 'interview' })], bands: ['black'] }, 'red'],
    ['grey and red bands change nothing', { notices: [open()], bands: ['grey', 'red', undefined] }, 'yellow'],
  ])('%s → %s', (_name, input, colour) => {
    expect(companyColour(input)).toBe(colour)
  })
})
