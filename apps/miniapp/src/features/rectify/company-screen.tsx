import { useState } from 'react'
import type { CompanyMembership, RectFilter } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { Card } from '../../components/card'
import { StatusTag } from '../../components/status-tag'
import { ErrorNote, Loading } from '../../components/status'
import { useRemote } from '../../hooks/use-remote'
import { useReloadOnShow } from '../../hooks/use-reload-on-show'
import { loadCompanyDesk } from './api'
import { colourText, colourTone } from './labels'
import { FilterChips, NoticeRows } from './notice-list'
import './rectify.scss'

const BAND = { red: '红榜', grey: '灰榜', black: '黑榜' } as const

/** 整改工作台 of a property company (DOMAIN S3): every compound's notices, its 四色 status, nothing of others. */
export function CompanyDeskScreen({ company }: { company: CompanyMembership }) {
  const [filter, setFilter] = useState<RectFilter>('open')
  const remote = useRemote(() => loadCompanyDesk(company.companyId, filter), [company.companyId, filter])
  useReloadOnShow(remote.reload)
  const data = remote.data
  return (
    <View className="rect">
      <Card
        title={company.companyName}
        extra={
          data ? (
            <StatusTag text={colourText(data.colour)} tone={colourTone(data.colour)} className="rect-colour" />
          ) : null
        }
        className="rect-desk-head"
      >
        <Text className="rect-row__meta">
          {data
            ? `服务 ${data.compounds.length} 个小区：${data.compounds.map((c) => `${c.name}${c.band ? `（${BAND[c.band]}）` : ''}`).join('、')}`
            : ''}
        </Text>
        <Text className="rect-row__meta">打开一份通知，上传整改后照片并回复；逾期未整改会依次黄牌、红牌、约谈。</Text>
      </Card>
      <FilterChips value={filter} onChange={setFilter} />
      {remote.loading && !data ? <Loading /> : null}
      {remote.error ? <ErrorNote message={remote.error} onRetry={remote.reload} /> : null}
      {data ? <NoticeRows notices={data.notices} showCompound /> : null}
    </View>
  )
}
