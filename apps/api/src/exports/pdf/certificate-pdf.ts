import type { ServiceRecord } from '@jiayuan/contracts'
import { dateText, hoursText } from '@jiayuan/domain'
import type { Font } from 'fontkit'
import { INK, PAGE, PdfCanvas, SIZE } from './pdf-canvas'

/**
 * 志愿服务证明 (DOMAIN H1, after the 2021 national volunteer-record rules): who, what, when, hours and who recorded
 * each, with the total. A4, the embedded report font (report-font.ts), so it prints the same everywhere.
 */
export async function certificatePdf(
  input: { volunteerName: string; compoundName: string; records: readonly ServiceRecord[]; issuedAt: string },
  font: Font,
): Promise<Uint8Array<ArrayBuffer>> {
  const canvas = new PdfCanvas(font, { title: `${input.volunteerName} 志愿服务证明`, author: input.compoundName })
  const total = input.records.reduce((sum, r) => sum + r.minutes, 0)
  canvas.doc.y = PAGE.margin + 20
  canvas.centred('志愿服务证明', 26)
  canvas.gap(16)
  canvas.paragraph(
    `兹证明 ${input.volunteerName} 在${input.compoundName}参加邻里互助志愿服务，` +
      `共 ${input.records.length} 次，经组织方记录的服务时长合计 ${hoursText(total)}。明细如下：`,
    SIZE.subheading,
  )
  canvas.gap(6)
  canvas.table(
    [
      { header: '日期', share: 0.16 },
      { header: '服务内容', share: 0.5 },
      { header: '时长', share: 0.14, align: 'right' },
      { header: '记录人', share: 0.2 },
    ],
    input.records.map((r) => [r.servedOn, r.what, hoursText(r.minutes), r.recordedByName]),
  )
  canvas.gap(18)
  canvas.paragraph(`合计：${hoursText(total)}`, SIZE.subheading)
  canvas.paragraph(`出具日期：${dateText(input.issuedAt)}`, SIZE.body, INK.grey)
  canvas.paragraph('时长由小区组织方（物业、业委会或社区）按每次服务记录一次，不重复计算。', SIZE.note, INK.grey)
  return canvas.finish(`${input.compoundName} · 志愿服务证明`)
}
