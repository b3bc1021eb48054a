import { ROLL_COLUMN_LABEL, ROLL_CSV_COLUMNS } from '@jiayuan/contracts'

type Column = (typeof ROLL_CSV_COLUMNS)[number]

/** What each column takes, shown on the template's second sheet. */
const HOW: Record<Column, [required: string, how: string, example: string]> = {
  building_id: ['必填', '字母、数字、- 或 _，每栋楼一个', 'b1'],
  building_name: ['必填', '同一楼栋编号须写同一名称', '1号楼'],
  unit_id: ['必填', '字母、数字、- 或 _，每套房一个', 'b1-1-101'],
  unit_label: ['必填', '楼栋-单元-房号，不能重复', '1-1-101'],
  kind: ['选填', '住宅 / 商业 / 车位，空着为住宅', '住宅'],
  status: ['必填', '已售 / 开发商未售 / 未交付', '已售'],
  registered_area: ['三选一', '不动产登记面积，平方米，最多两位小数', '89.35'],
  surveyed_area: ['三选一', '实测面积；无登记面积时使用', ''],
  contract_area: ['三选一', '合同面积；前两者都没有时使用', ''],
  owner_id: ['必填', '字母、数字、- 或 _；同一业主多套房用同一编号', 'o-001'],
  owner_kind: ['必填', '个人 / 单位', '个人'],
  owner_name: ['必填', '业主姓名或单位名称', '张三'],
  owner_phone: ['选填', '手机号', '13800000000'],
  is_developer: ['必填', '是 / 否；开发商未售房屋填 是', '否'],
  is_voter: ['必填', '是 / 否；共有房屋每套只有一人填 是', '是'],
}

/**
 * The roll template (.xlsx): sheet 1 has only the header row (`楼栋编号（building_id）` …), typed as text so
 * Excel keeps leading zeros in ids and phones; sheet 2 explains each column with an example. One row per
 * (unit, owner): a co-owned unit has one row per co-owner. The writer and its zip library load on the first
 * download, not at the identity function's init.
 */
export async function rollTemplate(): Promise<Uint8Array<ArrayBuffer>> {
  const { writeXlsx } = await import('./xlsx/write-xlsx')
  const headers = ROLL_CSV_COLUMNS.map((c) => `${ROLL_COLUMN_LABEL[c]}（${c}）`)
  return Promise.resolve(
    writeXlsx([
      {
        name: '花名册',
        columns: ROLL_CSV_COLUMNS.map((c) => ({
          width: Math.max(14, ROLL_COLUMN_LABEL[c].length * 2 + c.length + 4),
          format: c.endsWith('_area') ? 'decimal' : 'text',
        })),
        rows: [headers],
        boldHeader: true,
        freezeHeader: true,
      },
      {
        name: '填写说明',
        columns: [{ width: 30 }, { width: 10 }, { width: 48 }, { width: 16 }],
        rows: [
          ['列名', '是否必填', '填写方法', '示例'],
          ...ROLL_CSV_COLUMNS.map((c, i) => [headers[i] ?? c, ...HOW[c]]),
          [],
          ['一行是一套房屋的一位业主；共有房屋每位共有人各占一行，并指定一名投票人。'],
          ['先在小程序里点「检查」，无误后再「导入」；再次导入同一文件不会重复写入。'],
        ],
        boldHeader: true,
      },
    ]),
  )
}
