import type { RubricDraft } from '@jiayuan/contracts'

/**
 * Where a street's editor starts: 100 points over the three sources S2 names, one veto item (a failed
 * fire-safety check), ≥ 90 红, < 60 黑, three quarters in a row off 红榜 → 黑. Our defaults: no national rule fixes
 * them, and the street changes any of it before publishing.
 */
export const DEFAULT_RUBRIC: RubricDraft = {
  title: '物业服务季度考评（红灰黑榜）',
  total: 100,
  areas: [
    {
      areaId: 'residents',
      label: '居民评价',
      items: [{ itemId: 'survey', label: '业主满意度调查', points: 30, source: 'survey' }],
    },
    {
      areaId: 'operations',
      label: '运行数据',
      items: [
        { itemId: 'on-time', label: '报修按时办结', points: 10, source: 'data', metric: 'on_time' },
        { itemId: 'satisfaction', label: '报修满意度', points: 10, source: 'data', metric: 'satisfaction' },
        { itemId: 'collection', label: '物业费收缴', points: 5, source: 'data', metric: 'collection' },
        { itemId: 'disclosure', label: '信息公开及时', points: 5, source: 'data', metric: 'disclosure' },
        { itemId: 'rectification', label: '整改不逾期', points: 5, source: 'data', metric: 'rectification' },
      ],
    },
    {
      areaId: 'panel',
      label: '评议小组',
      items: [
        {
          itemId: 'party',
          label: '党建引领与协同',
          points: 10,
          source: 'panel',
          party: 'community_party',
          guide: '参加联席会议、落实社区党组织部署',
        },
        {
          itemId: 'committee',
          label: '合同履约与公开',
          points: 15,
          source: 'panel',
          party: 'committee',
          guide: '按合同提供服务，账目与收支按时公开',
        },
        {
          itemId: 'residents',
          label: '环境与秩序',
          points: 10,
          source: 'panel',
          party: 'residents',
          guide: '楼道、绿化、停车秩序的现场检查',
        },
      ],
    },
  ],
  vetoes: [{ vetoId: 'fire-safety', label: '消防安全检查不合格', party: 'community_party' }],
  bands: { redAtLeast: 90, blackBelow: 60 },
  failingQuartersToBlack: 3,
}
