import { PublicTicket } from '@jiayuan/contracts'
import { makeTicket, sh, ticketIn } from '../tickets/ticket-fixture'
import { maskTicketForPublic } from './mask-ticket'

describe('maskTicketForPublic', () => {
  const ticket = makeTicket({
    ...ticketIn('closed'),
    description: '楼道灯坏了，请联系13812348888',
    photos: [
      { key: 'c-1/ticket_photo/u-requester/ok.jpg', moderation: 'passed', publicKey: 'c-1/ticket_public/ok.jpg' },
      { key: 'before/face.jpg', moderation: 'rejected' },
      { key: 'before/new.jpg', moderation: 'pending' },
      { key: 'before/unpublished.jpg', moderation: 'passed' },
    ],
    afterPhotos: [
      { key: 'c-1/ticket_photo/w-1/after.jpg', moderation: 'passed', publicKey: 'c-1/ticket_public/after.jpg' },
      { key: 'after/new.jpg', moderation: 'pending' },
    ],
    rating: { score: 4, comment: '502的张伟很满意', at: sh('2024-06-03 14:00') },
    pauses: [{ startedAt: sh('2024-06-03 09:30'), endedAt: sh('2024-06-03 09:40'), reason: '住户张伟不在家' }],
  })
  const shown = maskTicketForPublic(ticket, '3-2-502')

  it('drops who reported it and who handles it (T6)', () => {
    const text = JSON.stringify(shown)
    for (const secret of ['u-requester', 'w-1', 'unit-3-2-502', '张伟', '13812348888', '住户'])
      expect(text).not.toContain(secret)
  })

  it('shows the unit only as its masked label', () => {
    expect(shown.location).toEqual({ kind: 'unit', maskedLabel: '3栋*单元**室' })
    expect(maskTicketForPublic(ticket).location).toEqual({ kind: 'unit', maskedLabel: '***' })
  })

  it('shows only photos that passed moderation (W5), by their published key that names nobody (T6)', () => {
    expect(shown.photos).toEqual([{ key: 'c-1/ticket_public/ok.jpg', moderation: 'passed' }])
    expect(shown.afterPhotos).toEqual([{ key: 'c-1/ticket_public/after.jpg', moderation: 'passed' }])
  })

  it('shows the text masked, and only once it passed moderation', () => {
    expect(shown.description).toBe('楼道灯坏了，请联系138****8888')
    expect(maskTicketForPublic({ ...ticket, descriptionModeration: 'pending' })).not.toHaveProperty('description')
  })

  it('keeps what the board needs, and fits the contract', () => {
    expect(shown).toMatchObject({
      ticketId: 't-1',
      status: 'closed',
      category: 'repair',
      escalated: false,
      ratingScore: 4,
    })
    expect(PublicTicket.parse(shown)).toEqual(shown)
  })

  it('passes buildings through and masks phones typed into a public-area name', () => {
    expect(maskTicketForPublic(makeTicket({ location: { kind: 'building', buildingId: 'b-3' } })).location).toEqual({
      kind: 'building',
      buildingId: 'b-3',
    })
    expect(
      maskTicketForPublic(makeTicket({ location: { kind: 'public', name: '东门 13812348888' } })).location,
    ).toEqual({ kind: 'public', name: '东门 138****8888' })
  })
})
