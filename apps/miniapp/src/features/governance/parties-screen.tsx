import { canCall, governance, JOINT_PARTY_LABEL, type ThreeParties } from '@jiayuan/contracts'
import { dateText, feeModelText } from '@jiayuan/domain'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Card } from '../../components/card'
import { ListRow } from '../../components/list-row'
import { Button } from '../../components/nut'
import { Empty, ErrorNote, Loading } from '../../components/status'
import { useRemote } from '../../hooks/use-remote'
import { go } from '../../lib/navigation'
import type { Membership } from '@jiayuan/contracts'
import { loadParties } from './api'
import { BranchForm, CompanyForm } from './party-forms'
import './governance.scss'

/** 三驾马车 (G1): the compound's Party branch, committee and property company, with their kept versions. */
export function PartiesScreen({ membership }: { membership: Membership }) {
  const { compoundId, roles } = membership
  const remote = useRemote(() => loadParties(compoundId), [compoundId])
  const [editing, setEditing] = useState<'branch' | 'company'>()
  const canEdit = canCall(governance.savePartyBranch, roles)
  if (remote.loading && !remote.data) return <Loading />
  if (remote.error || !remote.data) return <ErrorNote message={remote.error ?? '没有数据'} onRetry={remote.reload} />
  const p: ThreeParties = remote.data
  const saved = () => {
    setEditing(undefined)
    remote.reload()
  }
  const branch = p.partyBranch.current
  const company = p.company.current
  return (
    <View className="gov">
      <View className="gov__links">
        <Button className="gov-open-meetings" type="primary" block onClick={() => go('jointMeetings')}>
          联席会议
        </Button>
        <Button className="gov-open-decisions" block onClick={() => go('decisions')}>
          决定事项台账
        </Button>
        <Button className="gov-open-rectify" block onClick={() => go('rectify')}>
          整改通知
        </Button>
      </View>
      <Card title={JOINT_PARTY_LABEL.party_branch} className="gov-branch">
        {branch ? (
          <View>
            <ListRow title={branch.record.name} sub={`书记：${branch.record.secretary.name}`} />
            {branch.record.members.map((m, i) => (
              <ListRow key={i} title={m.name} sub={m.post ? `先锋岗：${m.post}` : '党员'} />
            ))}
            <Text className="muted gov__meta">
              第 {branch.version} 版 · {dateText(branch.at)} {branch.byName} 登记：{branch.reason}
            </Text>
          </View>
        ) : (
          <Empty text="还没有登记党支部" />
        )}
        {canEdit && editing !== 'branch' ? (
          <Button className="gov-edit-branch" block onClick={() => setEditing('branch')}>
            {branch ? '修改党支部' : '登记党支部'}
          </Button>
        ) : null}
        {editing === 'branch' ? (
          <BranchForm compoundId={compoundId} current={branch} onSaved={saved} onCancel={() => setEditing(undefined)} />
        ) : null}
        <History versions={p.partyBranch.history.slice(1).map((v) => ({ ...v, title: v.record.name }))} />
      </Card>
      <Card title={JOINT_PARTY_LABEL.committee} className="gov-committee">
        {p.committee.members.length ? (
          p.committee.members.map((m) => (
            <ListRow
              key={m.userId}
              title={m.displayName}
              sub={m.termStart ? `任期 ${m.termStart} 至 ${m.termEnd ?? ''}` : '选举或备案尚未登记'}
            />
          ))
        ) : (
          <Empty text="还没有登记业委会" />
        )}
        {p.committee.records.map((r, i) => (
          <Text key={i} className="muted gov__meta">
            {r.title}（{dateText(r.at)}）：{r.memberNames.join('、')}
          </Text>
        ))}
        <Text className="muted gov__meta">业委会成员只能由选举结果或街道备案产生，在“网格与角色”中登记。</Text>
      </Card>
      <Card title={JOINT_PARTY_LABEL.property} className="gov-company">
        {company ? (
          <View>
            <ListRow
              title={company.record.name}
              sub={`合同 ${company.record.contractStart} 至 ${company.record.contractEnd}`}
            />
            <Text className="muted gov__meta">
              第 {company.version} 版 · {dateText(company.at)} {company.byName} 登记：{company.reason}
            </Text>
          </View>
        ) : (
          <Empty text="还没有登记物业公司" />
        )}
        {p.company.feeModel ? <ListRow title="收费方式" sub={feeModelText(p.company.feeModel)} /> : null}
        {canEdit && editing !== 'company' ? (
          <Button className="gov-edit-company" block onClick={() => setEditing('company')}>
            {company ? '修改物业公司' : '登记物业公司'}
          </Button>
        ) : null}
        {editing === 'company' ? (
          <CompanyForm
            compoundId={compoundId}
            current={company}
            onSaved={saved}
            onCancel={() => setEditing(undefined)}
          />
        ) : null}
        <History versions={p.company.history.slice(1).map((v) => ({ ...v, title: v.record.name }))} />
      </Card>
    </View>
  )
}

function History({
  versions,
}: {
  versions: Array<{ version: number; at: string; byName: string; reason: string; title: string }>
}) {
  if (versions.length === 0) return null
  return (
    <View className="gov__history">
      <Text className="gov__history-title">历史版本</Text>
      {versions.map((v) => (
        <Text key={v.version} className="muted gov__meta">
          第 {v.version} 版 {v.title} · {dateText(v.at)} {v.byName}：{v.reason}
        </Text>
      ))}
    </View>
  )
}
