import { CreateTicketRequest, Ticket } from '@jiayuan/contracts'
import { submitTicket } from './submit'
import { at, sh } from '../ticket-fixture'

const request = CreateTicketRequest.parse({
  category: 'lift',
  location: { kind: 'building', buildingId: 'b-3' },
  description: '  3号楼电梯困人  ',
  photoKeys: ['photos/a.jpg', 'photos/b.jpg'],
  idempotencyKey: 'req-0001-abc',
})

describe('submitTicket', () => {
  const { ticket, event } = submitTicket({
    ticketId: 't-9',
    compoundId: 'c-1',
    requesterId: 'u-1',
    request,
    triage: 'property',
    priority: 'life_safety',
    gridId: 'g-1',
    now: at('2024-06-03 20:15'),
  })

  it('puts a valid ticket in its grid pool with everything pending moderation', () => {
    expect(Ticket.parse(ticket)).toEqual(ticket)
    expect(ticket).toMatchObject({
      status: 'submitted',
      gridId: 'g-1',
      submittedAt: sh('2024-06-03 20:15'),
      pooledAt: sh('2024-06-03 20:15'),
      description: '3号楼电梯困人',
      descriptionModeration: 'pending',
    })
    expect(ticket.photos.every((photo) => photo.moderation === 'pending')).toBe(true)
  })

  it('returns the submit event', () => {
    expect(event).toEqual({
      ticketId: 't-9',
      type: 'submit',
      actorId: 'u-1',
      actorRole: 'requester',
      at: sh('2024-06-03 20:15'),
      to: 'submitted',
      photoKeys: ['photos/a.jpg', 'photos/b.jpg'],
    })
  })
})

describe('submitTicket routing', () => {
  const input = {
    ticketId: 't-9',
    compoundId: 'c-1',
    requesterId: 'u-1',
    request,
    triage: 'property',
    priority: 'normal',
    now: at('2024-06-03 20:15'),
  } as const
  it('sends a place no grid covers straight to dispatch', () => {
    expect(submitTicket(input).ticket).toMatchObject({
      dispatchQueuedAt: sh('2024-06-03 20:15'),
      statusAt: sh('2024-06-03 20:15'),
    })
  })
  it('leaves a grid ticket in its pool, and keeps the unit label for masking', () => {
    const { ticket } = submitTicket({ ...input, gridId: 'g-1', unitLabel: '3-2-502' })
    expect(ticket).not.toHaveProperty('dispatchQueuedAt')
    expect(ticket.unitLabel).toBe('3-2-502')
  })
})

describe('CreateTicketRequest limits', () => {
  const base = {
    category: 'repair',
    location: { kind: 'public', name: '东门' },
    description: '坏了',
    photoKeys: ['k'],
    idempotencyKey: 'req-0001-abc',
  }
  it.each([
    ['no photo', { photoKeys: [] }],
    ['10 photos', { photoKeys: Array.from({ length: 10 }, (_, i) => `k${i}`) }],
    ['blank description', { description: '   ' }],
    ['501 characters', { description: '坏'.repeat(501) }],
  ])('refuses %s', (_name, patch) => {
    expect(CreateTicketRequest.safeParse({ ...base, ...patch }).success).toBe(false)
  })
  it('accepts 9 photos and 500 characters', () => {
    const patch = { photoKeys: Array.from({ length: 9 }, (_, i) => `k${i}`), description: '坏'.repeat(500) }
    expect(CreateTicketRequest.safeParse({ ...base, ...patch }).success).toBe(true)
  })
})
