import { defaultSettings } from '../../compound/default-settings'
import { meetingRules, nonVotingWarning } from './meeting-rules'

describe('meetingRules', () => {
  it('takes the temporary notice period for a temporary meeting', () => {
    const settings = defaultSettings('杭州')
    expect(meetingRules(settings, 'regular').noticeDays).toBe(15)
    expect(meetingRules(settings, 'temporary').noticeDays).toBe(7)
  })

  it('warns what not voting means only when 从众 is adopted, citing the clause (V8)', () => {
    const settings = defaultSettings()
    expect(nonVotingWarning(meetingRules(settings, 'regular'))).toBeUndefined()
    settings.cityProfile.followMajority = { enabled: true, clause: '议事规则第十二条' }
    expect(nonVotingWarning(meetingRules(settings, 'regular'))).toContain('议事规则第十二条')
  })
})
