import { ROLL_CSV_COLUMNS } from '@jiayuan/contracts'
import { buildVotingRoll, rollHash } from '@jiayuan/domain'
import { MOTIONS, idem, startAssembly, type AssemblyKit } from './assembly-helpers'
import { wholeRoll } from '../harness'

let k: AssemblyKit
beforeAll(async () => {
  k = await startAssembly()
})
afterAll(async () => k.h.close())

const DAY = 86_400_000
const at = (ms: number) => new Date(k.clock.now().getTime() + ms).toISOString()
const meetings = () => `/v1/compounds/${k.h.compoundId}/meetings`
const draftBody = (extra: Record<string, unknown> = {}) => ({
  kind: 'regular',
  title: '关于续聘物业的业主大会',
  motions: MOTIONS.map((m) => ({ ...m, text: `${m.title}的全文` })),
  idempotencyKey: idem('draft'),
  ...extra,
})

describe('meetings and notices (DOMAIN V9)', () => {
  it('drafts a meeting whose thresholds follow from the matter types, visible only to the committee', async () => {
    const committee = await k.as('committee')
    const attachment = await k.upload(committee, 'attachment')
    const body = draftBody({
      motions: [
        {
          ...MOTIONS[0],
          text: '续聘合同全文',
          attachments: [{ key: attachment, name: '合同.png' }],
        },
        { ...MOTIONS[1], text: '方案全文' },
      ],
    })
    // A threshold is never typed in (DOMAIN §1): a body that carries one is refused, naming it (issue 15 item 7).
    const typedIn = {
      ...body,
      motions: body.motions.map((m, i) => (i === 0 ? { ...m, threshold: 'three_quarters' } : m)),
    }
    const refused = await k.h.request('POST', meetings(), { token: committee, body: typedIn })
    expect(refused.status).toBe(400)
    expect(refused.body.error.details).toEqual([expect.objectContaining({ field: 'body.motions.0.threshold' })])
    const created = await k.h.request('POST', meetings(), { token: committee, body })
    expect(created).toMatchObject({ status: 201, body: { status: 'draft', revision: 0, countedOn: 'app' } })
    expect(created.body.motions.map((m: { motionId: string; threshold: string }) => [m.motionId, m.threshold])).toEqual(
      [
        ['m1', 'majority'],
        ['m2', 'three_quarters'],
      ],
    )
    expect(created.body.motions[0].attachments[0]).toMatchObject({ key: attachment, name: '合同.png' })
    const retried = await k.h.request('POST', meetings(), { token: committee, body })
    expect(retried.body.meetingId).toBe(created.body.meetingId)

    const owner = await k.as('owner')
    expect((await k.h.request('GET', k.path(created.body.meetingId), { token: owner })).status).toBe(404)
    const list = await k.h.request('GET', meetings(), { token: owner })
    expect(list.body.meetings.map((m: { meetingId: string }) => m.meetingId)).not.toContain(created.body.meetingId)
    const shown = await k.h.request('GET', k.path(created.body.meetingId), { token: committee })
    expect((await fetch(shown.body.motions[0].attachments[0].url)).status).toBe(200)
  })

  it('refuses bad input naming the field, and anyone but the committee', async () => {
    const committee = await k.as('committee')
    const badType = await k.h.request('POST', meetings(), {
      token: committee,
      body: draftBody({ motions: [{ matterType: 10, title: 'x', text: 'y' }] }),
    })
    expect(badType.status).toBe(400)
    expect(badType.body.error.details[0].field).toBe('body.motions.0.matterType')
    const noMotions = await k.h.request('POST', meetings(), { token: committee, body: draftBody({ motions: [] }) })
    expect(noMotions.body.error.details[0].field).toBe('body.motions')
    const missingFile = await k.h.request('POST', meetings(), {
      token: committee,
      body: draftBody({
        motions: [
          {
            ...MOTIONS[0],
            text: 't',
            attachments: [{ key: `${k.h.compoundId}/attachment/nobody/none.png`, name: 'a' }],
          },
        ],
      }),
    })
    expect(missingFile).toMatchObject({
      status: 400,
      body: { error: { details: [{ field: 'body.motions.0.attachments.0.key' }] } },
    })
    for (const persona of ['owner', 'resident', 'staff', 'admin']) {
      const res = await k.h.request('POST', meetings(), { token: await k.as(persona), body: draftBody() })
      expect([persona, res.status]).toEqual([persona, 403])
    }
  })

  it('edits a draft at its revision; publishing the notice checks the period and window, then freezes the text', async () => {
    const committee = await k.as('committee')
    const created = (await k.h.request('POST', meetings(), { token: committee, body: draftBody() })).body
    const path = k.path(created.meetingId)
    const edit = {
      kind: 'regular',
      title: '关于续聘物业的业主大会（修订）',
      motions: [{ ...MOTIONS[0], text: '修订后的全文' }],
      revision: 0,
      reason: '合并议题',
    }
    const edited = await k.h.request('PUT', path, { token: committee, body: edit })
    expect(edited).toMatchObject({
      status: 200,
      body: { revision: 1, motions: [{ motionId: 'm1', text: '修订后的全文' }] },
    })
    expect((await k.h.request('PUT', path, { token: committee, body: edit })).status).toBe(409)

    const notice = (opensInMs: number, windowMs: number) =>
      k.h.request('POST', `${path}/notice`, {
        token: committee,
        body: { votingOpensAt: at(opensInMs), votingClosesAt: at(opensInMs + windowMs) },
      })
    expect(await notice(15 * DAY - 1000, 10 * DAY)).toMatchObject({
      status: 422,
      body: { error: { code: 'NoticePeriodTooShort', details: { field: 'body.votingOpensAt' } } },
    })
    expect((await notice(15 * DAY, 4 * DAY)).body.error.code).toBe('VotingWindowTooShort')
    expect((await notice(15 * DAY, 61 * DAY)).body.error.code).toBe('VotingWindowTooLong')
    const missing = await k.h.request('POST', `${path}/notice`, {
      token: committee,
      body: { votingClosesAt: at(20 * DAY) },
    })
    expect(missing).toMatchObject({ status: 400, body: { error: { details: [{ field: 'body.votingOpensAt' }] } } })

    const published = await notice(15 * DAY, 60 * DAY)
    expect(published).toMatchObject({
      status: 200,
      body: { status: 'noticed', rules: { city: '杭州', noticeDays: 15, votingWindowMaxDays: 60, proxyCap: 3 } },
    })
    const frozen = await k.h.request('PUT', path, {
      token: committee,
      body: { ...edit, revision: published.body.revision, motions: [{ ...MOTIONS[0], text: '偷偷改过的全文' }] },
    })
    expect(frozen).toMatchObject({ status: 409, body: { error: { code: 'NoticeFrozen' } } })
    expect((await notice(15 * DAY, 10 * DAY)).status).toBe(409)
    const owner = await k.as('owner')
    const seen = await k.h.request('GET', path, { token: owner })
    expect(seen.body.motions[0].text).toBe('修订后的全文')
    const list = await k.h.request('GET', meetings(), { token: owner })
    expect(list.body.meetings.find((m: { meetingId: string }) => m.meetingId === created.meetingId)).toMatchObject({
      status: 'noticed',
      motionCount: 1,
    })
  })

  it('lets a temporary meeting use the city’s shorter notice', async () => {
    const meeting = await k.noticed(MOTIONS, 'temporary')
    expect(meeting.rules.noticeDays).toBe(7)
    expect(Date.parse(meeting.votingOpensAt) - Date.parse(meeting.noticePublishedAt)).toBe(7 * DAY)
  })

  it('extends the window with a reason, logged and announced, within the city maximum', async () => {
    const meeting = await k.noticed()
    const committee = await k.as('committee')
    const path = k.path(meeting.meetingId, '/extend')
    const later = new Date(Date.parse(meeting.votingClosesAt) + 5 * DAY).toISOString()
    expect(
      (await k.h.request('POST', path, { token: committee, body: { votingClosesAt: later } })).body.error.details[0]
        .field,
    ).toBe('body.reason')
    expect(
      (
        await k.h.request('POST', path, {
          token: committee,
          body: { votingClosesAt: meeting.votingOpensAt, reason: '缩短' },
        })
      ).body.error.code,
    ).toBe('ExtensionNotLater')
    const tooLong = new Date(Date.parse(meeting.votingOpensAt) + 61 * DAY).toISOString()
    expect(
      (await k.h.request('POST', path, { token: committee, body: { votingClosesAt: tooLong, reason: '再延长' } })).body
        .error.code,
    ).toBe('VotingWindowTooLong')
    const extended = await k.h.request('POST', path, {
      token: committee,
      body: { votingClosesAt: later, reason: '参与率不足三分之二，延长五天' },
    })
    expect(extended).toMatchObject({
      status: 200,
      body: {
        votingClosesAt: later,
        extensions: [
          {
            from: meeting.votingClosesAt,
            to: later,
            reason: '参与率不足三分之二，延长五天',
            by: `${k.h.prefix}u-committee`,
          },
        ],
      },
    })
    expect(
      (await k.h.request('POST', path, { token: await k.as('owner'), body: { votingClosesAt: later, reason: 'x' } }))
        .status,
    ).toBe(403)
  })
})

describe('opening (DOMAIN V5)', () => {
  it('opens only after the notice period, freezing the roll and publishing its hash; later roll edits never reach it', async () => {
    const meeting = await k.noticed()
    const open = async () => k.h.request('POST', k.path(meeting.meetingId, '/open'), { token: await k.as('committee') })
    k.clock.to(meeting.votingOpensAt, -1)
    expect(await open()).toMatchObject({ status: 422, body: { error: { code: 'NoticePeriodRunning' } } })
    k.clock.to(meeting.votingOpensAt)
    const opened = await open()
    expect(opened).toMatchObject({ status: 200, body: { status: 'open' } })
    const committee = await k.as('committee')
    const roll = await wholeRoll(k.h, committee, k.h.compoundId)
    const voting = buildVotingRoll(roll.units, roll.owners, roll.ownerships, { parkingAreaCounts: false })
    expect(opened.body.rollHash).toBe(rollHash(voting))
    expect(opened.body.totals).toEqual({
      totalArea: voting.subjects.reduce((s, x) => s + x.area, 0),
      totalHeads: voting.subjects.length,
    })
    expect((await open()).status).toBe(409)

    // The owner of b1-1-101 has the area corrected on the roll after opening: this meeting keeps the frozen one.
    const unit = roll.units.find((u: { unitId: string }) => u.unitId === 'b1-1-101')
    const row: Record<string, string> = {
      building_id: 'b1',
      building_name: '1号楼',
      unit_id: 'b1-1-101',
      unit_label: unit.label,
      kind: 'residential',
      status: 'owned',
      registered_area: '150.00',
      surveyed_area: '',
      contract_area: '',
      owner_id: 'o-lijianguo',
      owner_kind: 'person',
      owner_name: '李建国',
      owner_phone: '',
      is_developer: 'no',
      is_voter: 'yes',
    }
    const csv = [ROLL_CSV_COLUMNS.join(','), ROLL_CSV_COLUMNS.map((c) => row[c] ?? '').join(',')].join('\n')
    const imported = await k.h.request('POST', `/v1/compounds/${k.h.compoundId}/roll/import`, {
      token: committee,
      body: { csv },
    })
    expect(imported.body.updated).toBeGreaterThan(0)
    const owner = await k.as('owner')
    const voted = await k.h.request('POST', k.path(meeting.meetingId, '/ballots'), {
      token: owner,
      body: { choices: [{ motionId: 'm1', choice: 'yes' }], idempotencyKey: idem('vote') },
    })
    expect(voted.status).toBe(201)
    const mine = await k.h.request('GET', k.path(meeting.meetingId, '/ballots/mine'), { token: owner })
    expect(mine.body.eligibility).toEqual({
      canVote: true,
      subjectId: 'o-lijianguo',
      area: voting.subjects.find((s) => s.subjectId === 'o-lijianguo')?.area,
    })
    const after = await k.h.request('GET', k.path(meeting.meetingId), { token: owner })
    expect(after.body.rollHash).toBe(opened.body.rollHash)
    const turnout = await k.h.request('GET', k.path(meeting.meetingId, '/turnout'), { token: owner })
    expect(turnout.body.motions[0]).toMatchObject({ totalArea: opened.body.totals.totalArea, raw: { yesHeads: 1 } })
  })
})
