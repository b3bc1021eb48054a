import { applyModerationVerdicts } from './moderation'
import { makeTicket } from '../ticket-fixture'

describe('applyModerationVerdicts (DOMAIN W5)', () => {
  const ticket = makeTicket({
    descriptionModeration: 'pending',
    photos: [
      { key: 'a.jpg', moderation: 'pending' },
      { key: 'b.jpg', moderation: 'pending' },
    ],
    afterPhotos: [{ key: 'c.jpg', moderation: 'pending' }],
  })

  it('settles the pending content it has verdicts for, and only that', () => {
    const next = applyModerationVerdicts(ticket, { text: 'passed', photos: { 'a.jpg': 'passed', 'c.jpg': 'rejected' } })
    expect(next?.descriptionModeration).toBe('passed')
    expect(next?.photos).toEqual([
      { key: 'a.jpg', moderation: 'passed' },
      { key: 'b.jpg', moderation: 'pending' },
    ])
    expect(next?.afterPhotos).toEqual([{ key: 'c.jpg', moderation: 'rejected' }])
  })

  it('records the public copy of a photo that passed, once, and never of one that did not', () => {
    const next = applyModerationVerdicts(ticket, {
      photos: { 'a.jpg': 'passed', 'b.jpg': 'rejected' },
      published: { 'a.jpg': 'pub/1.jpg', 'b.jpg': 'pub/2.jpg' },
    })
    expect(next?.photos).toEqual([
      { key: 'a.jpg', moderation: 'passed', publicKey: 'pub/1.jpg' },
      { key: 'b.jpg', moderation: 'rejected' },
    ])
    expect(next && applyModerationVerdicts(next, { published: { 'a.jpg': 'pub/9.jpg' } })).toBeNull()
  })

  it('never overturns a verdict already recorded, and says when nothing changes', () => {
    const settled = makeTicket({ descriptionModeration: 'rejected', photos: [{ key: 'a.jpg', moderation: 'passed' }] })
    expect(applyModerationVerdicts(settled, { text: 'passed', photos: { 'a.jpg': 'rejected' } })).toBeNull()
    expect(applyModerationVerdicts(ticket, {})).toBeNull()
  })
})
