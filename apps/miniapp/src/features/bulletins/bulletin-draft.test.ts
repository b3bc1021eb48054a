import { requestOf, type BulletinDraft } from './bulletin-draft'

const filled: BulletinDraft = {
  kind: 'water',
  title: '2号楼停水',
  body: '水箱清洗，请提前储水。',
  scopeKind: 'building',
  buildingId: 'b2',
  startsAt: '2026-12-09 09:00',
  endsAt: '2026-12-09 17:00',
}
const KEY = 'mp-test-key-0001'

describe('the notice form’s request', () => {
  it('sends the chosen scope and the times as instants', () => {
    expect(requestOf(filled, KEY).request).toEqual({
      kind: 'water',
      title: '2号楼停水',
      body: '水箱清洗，请提前储水。',
      scope: { kind: 'building', buildingId: 'b2' },
      startsAt: '2026-12-09T01:00:00.000Z',
      endsAt: '2026-12-09T09:00:00.000Z',
      idempotencyKey: KEY,
    })
  })

  it('marks each missing choice under its field, in words', () => {
    expect(requestOf({ title: '', body: '', startsAt: '', endsAt: '' }, KEY).errors).toEqual({
      kind: '请选择公告类别',
      title: '请填写标题',
      body: '请填写正文',
      scope: '请选择发布范围',
      endsAt: '请选择结束时间',
    })
    expect(requestOf({ ...filled, scopeKind: 'entrance', entrance: undefined }, KEY).errors).toEqual({
      scope: '请选择单元',
    })
  })

  it('refuses an end not after the start, as the API does', () => {
    expect(requestOf({ ...filled, endsAt: '2026-12-09 08:00' }, KEY).errors).toEqual({
      endsAt: '结束时间须晚于开始时间',
    })
  })
})
