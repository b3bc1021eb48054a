import { readTradeBill } from './trade-bill'

const HEADER =
  '交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,' +
  '应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,商户数据包,' +
  '手续费,费率,订单金额,申请退款金额,费率备注'

describe('readTradeBill', () => {
  it('reads payments and refunds in fen and stops at the summary', () => {
    const csv = [
      HEADER,
      '`2026-12-02 10:00:01,`wx1,`190,`,`,`4200001,`JY20261202AAAAAAAAAAAA,`o1,`JSAPI,`SUCCESS,`OTHERS,`CNY,`302.40,`0.00,`0,`0,`0.00,`0.00,`,`,`物业费,`,`1.81,`0.60%,`302.40,`0.00,`',
      '`2026-12-02 11:00:00,`wx1,`190,`,`,`4200001,`JY20261202AAAAAAAAAAAA,`o1,`JSAPI,`REFUND,`OTHERS,`CNY,`0.00,`0.00,`5030001,`RFJY20261202AAAAAAAAAAAA,`302.40,`0.00,`ORIGINAL,`SUCCESS,`物业费,`,`0.00,`0.60%,`302.40,`302.40,`',
      '总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额',
      '`1,`302.40,`302.40,`0.00,`1.81,`302.40,`302.40',
    ].join('\r\n')
    expect(readTradeBill(csv)).toEqual([
      {
        time: '2026-12-02 10:00:01',
        transactionId: '4200001',
        outTradeNo: 'JY20261202AAAAAAAAAAAA',
        state: 'SUCCESS',
        amountFen: 30240,
      },
      {
        time: '2026-12-02 11:00:00',
        transactionId: '4200001',
        outTradeNo: 'JY20261202AAAAAAAAAAAA',
        state: 'REFUND',
        amountFen: 30240,
        outRefundNo: 'RFJY20261202AAAAAAAAAAAA',
      },
    ])
  })

  it('refuses a file without the columns it needs', () => {
    expect(() => readTradeBill('交易时间,金额\n`x,`1')).toThrow(/微信订单号/)
  })
})
