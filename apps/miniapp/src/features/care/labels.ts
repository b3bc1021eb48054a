import type { CareOutcome, CareStatus, CareStep } from '@jiayuan/contracts'

export const STATUS_LABEL: Record<CareStatus, string> = {
  waiting: '今天还没报平安',
  ok: '今天已报平安',
  missed: '今天没按时报平安',
  alarm: '正在提醒，等待有人上门',
  closed: '提醒已处理',
}

export const STEP_LABEL: Record<CareStep, string> = {
  neighbour: '结对邻居',
  grid_worker: '网格员',
  family: '家属（短信）',
}

export const OUTCOME_LABEL: Record<CareOutcome, string> = {
  checked_in: '本人报平安',
  neighbour_confirmed: '邻居确认平安',
  false_alarm: '误报',
  visited_ok: '已上门，一切正常',
  needs_help: '已上门，需要帮助',
}

export const CLOSE_CHOICES = [
  { value: 'visited_ok', label: '上门平安' },
  { value: 'false_alarm', label: '误报' },
  { value: 'needs_help', label: '需要帮助' },
] as const
