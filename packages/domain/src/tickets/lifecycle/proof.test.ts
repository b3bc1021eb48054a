import { ProofMissing } from '../errors'
import { assignee, at, ticketIn } from '../ticket-fixture'
import { transition } from './transition'

const NOW = at('2024-06-03 11:00')
const policy = { reopenWindowDays: 7, confirmTimeoutDays: 3, photoWaivedCategories: ['noise'] }

function refusal(run: () => unknown): unknown {
  try {
    run()
  } catch (err) {
    return err
  }
  throw new Error('expected a refusal')
}

describe('resolve needs proof (DOMAIN T10)', () => {
  it('refuses a fix with no after-photo, naming the field', () => {
    const err = refusal(() => transition(ticketIn('on_site'), { type: 'resolve', note: '已修' }, assignee, NOW, policy))
    expect(err).toBeInstanceOf(ProofMissing)
    expect((err as ProofMissing).missing.map((m) => m.field)).toEqual(['body.photoKeys'])
  })

  it('refuses a blank note, naming the field', () => {
    const action = { type: 'resolve' as const, note: '   ', photoKeys: ['photos/after.jpg'] }
    const err = refusal(() => transition(ticketIn('on_site'), action, assignee, NOW, policy))
    expect((err as ProofMissing).missing.map((m) => m.field)).toEqual(['body.note'])
  })

  it('counts photos added before the fix and those sent with it', () => {
    const withPhoto = { ...ticketIn('on_site'), afterPhotos: [{ key: 'photos/a.jpg', moderation: 'pending' as const }] }
    expect(transition(withPhoto, { type: 'resolve', note: '已修' }, assignee, NOW, policy).ticket.status).toBe(
      'resolved',
    )
    const sent = transition(
      ticketIn('on_site'),
      { type: 'resolve', note: ' 已修 ', photoKeys: ['photos/b.jpg'] },
      assignee,
      NOW,
      policy,
    )
    expect(sent.ticket).toMatchObject({ resolutionNote: '已修', afterPhotos: [{ key: 'photos/b.jpg' }] })
    expect(sent.event).toMatchObject({ note: '已修', photoKeys: ['photos/b.jpg'] })
  })

  it('lets a category waive the photo, never the note', () => {
    const noise = { ...ticketIn('on_site'), category: 'noise' }
    expect(transition(noise, { type: 'resolve', note: '已劝导' }, assignee, NOW, policy).ticket.status).toBe('resolved')
    expect(() => transition(noise, { type: 'resolve' }, assignee, NOW, policy)).toThrow(ProofMissing)
  })

  it('keeps the original note when one is added later', () => {
    const resolved = { ...ticketIn('resolved'), resolutionNote: '已更换灯泡' }
    const { ticket, event } = transition(resolved, { type: 'amend', note: '灯泡为 LED 15W' }, assignee, NOW, policy)
    expect(ticket).toMatchObject({ status: 'resolved', resolutionNote: '已更换灯泡' })
    expect(event).toMatchObject({ type: 'amend', note: '灯泡为 LED 15W', from: 'resolved', to: 'resolved' })
  })
})
