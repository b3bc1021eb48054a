import { Text } from '@tarojs/components'
import { Card } from '../../../components/card'
import { Button } from '../../../components/nut'
import { go } from '../../../lib/navigation'

interface Props {
  code: string
  reason: string
  /** They still vote for the owners whose letters they hold (DOMAIN V15), so the title speaks of themselves only. */
  holdsProxies?: boolean
}

/** Why this person cannot vote, in the API's words (ballots/mine), and the way to 认证业主 where that helps. */
export function CannotVote({ code, reason, holdsProxies = false }: Props) {
  return (
    <Card title={holdsProxies ? '您本人不能投票' : '您暂时不能在本程序投票'} className="cannot-vote">
      <Text className="cannot-vote__reason">{reason}</Text>
      {/* A tenant holding letters came to vote for the owners; 认证业主 is not what they need here. */}
      {code === 'NotAnOwner' && !holdsProxies ? (
        <Button className="go-bind" type="primary" size="large" block onClick={() => go('bindingRequest')}>
          去认证业主
        </Button>
      ) : null}
    </Card>
  )
}
