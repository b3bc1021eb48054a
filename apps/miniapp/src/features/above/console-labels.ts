import {
  COMPANY_COLOUR_LABEL,
  FIGURE_GRADE_LABEL,
  type ConsoleFacts,
  type ConsoleRow,
  type FigureBand,
} from '@jiayuan/contracts'
import { hundredthsText, percentText } from '@jiayuan/domain'
import type { Tone } from '../../components/status-tag'

/** Words for the figures (DOMAIN S1–S5); colour only helps (A3). */
export const BAND_LABEL: Record<FigureBand, string> = { red: '红榜', grey: '灰榜', black: '黑榜' }

export const gradeText = (f: ConsoleFacts) =>
  f.grade ? `${FIGURE_GRADE_LABEL[f.grade.grade]}（${f.grade.year}）` : '未评定'
export const gradeTone = (f: ConsoleFacts): Tone =>
  f.grade?.grade === 'shifan' ? 'ok' : f.grade?.grade === 'zhengdun' ? 'bad' : f.grade ? 'wait' : 'plain'
export const bandText = (f: ConsoleFacts) => (f.band ? BAND_LABEL[f.band.band] : '未测评')
export const bandTone = (f: ConsoleFacts): Tone =>
  f.band?.band === 'red' ? 'ok' : f.band?.band === 'black' ? 'bad' : f.band ? 'wait' : 'plain'
export const colourText = (f: ConsoleFacts) => (f.companyColour ? COMPANY_COLOUR_LABEL[f.companyColour] : '—')
export const colourTone = (f: ConsoleFacts): Tone =>
  f.companyColour === 'green' ? 'ok' : f.companyColour === 'red' || f.companyColour === 'orange' ? 'bad' : 'plain'
export const yesNo = (v: boolean | undefined) => (v ? '有' : '无')

export const onTimeText = (r: Pick<ConsoleRow, 'onTimeBasisPoints'>) => percentText(r.onTimeBasisPoints, '暂无结案')
export const satisfactionText = (r: Pick<ConsoleRow, 'satisfactionX100'>) =>
  r.satisfactionX100 === null ? '暂无评价' : `${hundredthsText(r.satisfactionX100)} 分`
export const collectionText = (r: Pick<ConsoleRow, 'collectionBasisPoints'>) =>
  percentText(r.collectionBasisPoints, '暂无账单')
