import { z } from 'zod'
import { Id, IsoTime, Version } from '../common'

/**
 * The street's rubric for the quarterly evaluation of the property service (红灰黑榜, DOMAIN S2): areas of
 * items, each worth points and scored from one source — the residents' survey, operating data, or a panel of a
 * named party — plus veto items (一票否决) and the band thresholds. Drafted and published by street staff;
 * once published it is read-only and residents of the street's compounds read it.
 */

/** Who sits on a compound's panel (S2): the community Party organisation, the committee or 物管会, residents' representatives, a third party. */
export const PanelParty = z.enum(['community_party', 'committee', 'residents', 'third_party'])
export type PanelParty = z.infer<typeof PanelParty>
export const PANEL_PARTY_LABEL: Record<PanelParty, string> = {
  community_party: '社区党组织',
  committee: '业委会或物管会',
  residents: '居民代表',
  third_party: '第三方机构',
}

/** Operating data an item may be scored from, each by a stated formula over the street's rows (S5). */
export const DataMetric = z.enum(['on_time', 'satisfaction', 'collection', 'disclosure', 'rectification'])
export type DataMetric = z.infer<typeof DataMetric>
export const DATA_METRIC_LABEL: Record<DataMetric, string> = {
  on_time: '报修按时办结率',
  satisfaction: '报修满意度',
  collection: '物业费收缴率',
  disclosure: '信息公开及时',
  rectification: '整改逾期',
}

export const ItemSource = z.enum(['survey', 'data', 'panel'])
export type ItemSource = z.infer<typeof ItemSource>
export const ITEM_SOURCE_LABEL: Record<ItemSource, string> = {
  survey: '居民满意度调查',
  data: '运行数据',
  panel: '评议小组打分',
}

const Slug = z.string().regex(/^[a-z0-9-]{1,32}$/, '只能用小写字母、数字和“-”，最多 32 个')
const Label = z.string().trim().min(1, '请填写名称').max(40, '不能超过 40 个字')

/** One item: `metric` only for data items, `party` only for panel items (checked with the field named). */
export const RubricItem = z.object({
  itemId: Slug,
  label: Label,
  points: z.number().int().min(1, '分值至少 1 分').max(1000, '分值不能超过 1000 分'),
  source: ItemSource,
  metric: DataMetric.optional(),
  party: PanelParty.optional(),
  /** What the panel looks at (检查要点), shown on the scoring form and to residents. */
  guide: z.string().trim().max(200, '不能超过 200 个字').optional(),
})
export type RubricItem = z.infer<typeof RubricItem>

export const RubricArea = z.object({
  areaId: Slug,
  label: Label,
  items: z.array(RubricItem).min(1, '每个方面至少一项').max(20, '每个方面最多 20 项'),
})
export type RubricArea = z.infer<typeof RubricArea>

/** 一票否决: a panel member of the named party records it failed, with a reason and evidence; the band is then 黑. */
export const VetoItem = z.object({ vetoId: Slug, label: Label, party: PanelParty })
export type VetoItem = z.infer<typeof VetoItem>

export const RubricBands = z.object({
  /** 红榜 at or above this many points. */
  redAtLeast: z.number().int().min(1).max(1000),
  /** 黑榜 below this many points. */
  blackBelow: z.number().int().min(1).max(1000),
})
export type RubricBands = z.infer<typeof RubricBands>

export const RubricDraft = z.object({
  title: z.string().trim().min(1, '请填写标题').max(60, '不能超过 60 个字'),
  /** The points the items' points must add up to (满分). */
  total: z.number().int().min(10, '满分至少 10 分').max(1000, '满分不能超过 1000 分'),
  areas: z.array(RubricArea).min(1, '至少一个方面').max(10, '最多 10 个方面'),
  vetoes: z.array(VetoItem).max(10, '最多 10 个否决项'),
  bands: RubricBands,
  /** This many quarters in a row off 红榜 (灰 or 黑) make the band 黑 (三个季度连续不达标). */
  failingQuartersToBlack: z.number().int().min(2).max(8),
})
export type RubricDraft = z.infer<typeof RubricDraft>

export const RubricStatus = z.enum(['draft', 'published'])

export const Rubric = RubricDraft.extend({
  streetId: Id,
  status: RubricStatus,
  /** Saves so far; a save names the revision it read. */
  revision: Version,
  updatedAt: IsoTime,
  updatedBy: Id,
  publishedAt: IsoTime.optional(),
  publishedBy: Id.optional(),
})
export type Rubric = z.infer<typeof Rubric>

export const SaveRubricRequest = z.object({ rubric: RubricDraft, revision: Version })
export const PublishRubricRequest = z.object({ revision: Version })

/** The street's rubric: null before a draft exists (the editor starts from the default). */
export const RubricAnswer = z.object({ rubric: Rubric.nullable() })
