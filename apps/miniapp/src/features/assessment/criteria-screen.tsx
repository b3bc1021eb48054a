import { Text } from '@tarojs/components'
import { Card } from '../../components/card'
import { Empty, ErrorNote, Loading } from '../../components/status'
import { useRemote } from '../../hooks/use-remote'
import { loadPublishedRubric } from './api'
import { RubricView } from './rubric-view'
import './assessment.scss'

/** The street's published rubric, as the compound's residents read it. */
export function CriteriaScreen({ compoundId }: { compoundId: string }) {
  const remote = useRemote(() => loadPublishedRubric(compoundId), [compoundId])
  if (remote.error) return <ErrorNote message={remote.error} onRetry={remote.reload} />
  if (!remote.data) return <Loading />
  if (!remote.data.rubric) return <Empty text="街道还没有发布物业服务考评细则。" />
  return (
    <>
      <Card className="criteria-from">
        <Text className="muted">{remote.data.streetName}每季度按这份细则考评辖区小区的物业服务，公布红灰黑榜。</Text>
      </Card>
      <RubricView rubric={remote.data.rubric} />
    </>
  )
}
