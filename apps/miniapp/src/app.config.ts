/**
 * Voice input on the report form (DOMAIN A4) uses WeChat's 同声传译 plugin, which the mini-program's admin must
 * add in the WeChat console first; a build declares it only when JIAYUAN_WECHAT_SI_VERSION names the version
 * added there. Without it the form simply has no voice button (src/lib/voice.ts).
 */
function wechatSiPlugin() {
  const version = process.env.TARO_ENV === 'weapp' ? process.env.JIAYUAN_WECHAT_SI_VERSION : undefined
  return version ? { plugins: { WechatSI: { version, provider: 'wx069ba97219f66d99' } } } : {}
}

export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/repair/index',
    'pages/assembly/index',
    'pages/ledger/index',
    'pages/me/index',
    'pages/login/index',
    'pages/binding/request/index',
    // What a compound's QR code opens (issue #12): small, and the first page a new resident sees.
    'pages/join/index',
  ],
  // Review and roll tools are for a few people: kept out of the main package (DOMAIN W6).
  subPackages: [
    {
      root: 'pages/admin',
      pages: [
        'bindings/index',
        'roll-import/index',
        'members/index',
        'overview/index',
        'units/index',
        'grids/index',
        'settings/index',
        'qr/index',
      ],
    },
    // Communities and compounds (platform and community admins), and accepting an invite: opened from 我的.
    { root: 'pages/platform', pages: ['index', 'community/index', 'compound-new/index', 'invite/index'] },
    // Meeting, ballot, result and the committee's console: only opened from the 议事 tab (DOMAIN W6).
    { root: 'pages/vote', pages: ['meeting/index', 'result/index', 'console/index', 'manage/index'] },
    // Ticket screens beyond the 报修 tab: the report form, detail, worker queue, dispatch console, board, SLA, stats.
    {
      root: 'pages/tickets',
      pages: [
        'report/index',
        'detail/index',
        'queue/index',
        'console/index',
        'board/index',
        'sla/index',
        'stats/index',
        'reveals/index',
        'escalations/index',
      ],
      ...wechatSiPlugin(),
    },
    // The books beyond the 账本 tab: a line with its 验证, bills, whole-chain check, staff and committee tools,
    // and setting the books up (opening balances, the budget and its approval, the policy, the chart of accounts).
    {
      root: 'pages/books',
      pages: [
        'line/index',
        'bills/index',
        'verify/index',
        'expense/index',
        'payment/index',
        'imports/index',
        'tools/index',
        'approvals/index',
        'budget/index',
        'budget-edit/index',
        'opening/index',
        'policy/index',
        'accounts/index',
        'expense-detail/index',
        'public-income/index',
        'fund/index',
        'receipt/index',
        'projects/index',
        'project/index',
        'project-new/index',
      ],
    },
    // The monthly report (物业月报) for residents: read-only, opened from a link, kept out of the main package;
    // `shared` is what a share link opens in a browser, without login.
    { root: 'pages/report', pages: ['month/index', 'board/index', 'rating/index', 'edit/index', 'shared/index'] },
    // 消息: ticket progress and announcements to the person, opened from the home page; its 消息提醒 settings from 我的.
    { root: 'pages/inbox', pages: ['index', 'settings/index'] },
    // 公告: a notice opened from its home card or from 消息; staff and the committee list, post and withdraw them.
    { root: 'pages/bulletins', pages: ['index', 'detail/index', 'new/index'] },
    // 三方共治: the three parties on record, joint meetings and the decision ledger (DOMAIN G1–G3).
    { root: 'pages/governance', pages: ['index', 'meetings/index', 'meeting/index', 'decisions/index'] },
    // Above the compound (DOMAIN G4): 街道工作台 and 部门工作台 (吹哨报到), opened from home.
    {
      root: 'pages/above',
      pages: [
        'street/index',
        'department/index',
        'compound/index',
        'community/index',
        'criteria/index',
        'ticket/index',
        'fund/index',
      ],
    },
    // 窗帘之约: the elder's daily 我很好 and the alarms a neighbour or grid worker must answer (DOMAIN H3).
    { root: 'pages/care', pages: ['index', 'elder/index'] },
    // 整改通知 (DOMAIN S3): the street's and community's list, issue form and trail; the company's 整改工作台.
    { root: 'pages/rectify', pages: ['index', 'new/index', 'detail/index', 'company/index'] },
    // 邻里互助: asks and volunteers, my contributions with the certificate, 钥匙管家 (DOMAIN H1, H2, H4).
    { root: 'pages/neighbours', pages: ['index', 'contributions/index', 'keys/index', 'teams/index'] },
    // 红灰黑榜 by the street's rubric (DOMAIN S2): the street's rubric and quarter, the panel's scoring form, and
    // the result and rubric residents read.
    {
      root: 'pages/assessment',
      pages: ['rubric/index', 'quarter/index', 'sheet/index', 'result/index', 'criteria/index'],
    },
  ],
  // H5 only: no slide between pages. Taro 4.2.1's H5 router re-hides a page when the person goes back before
  // the slide has finished, leaving a blank screen; no motion is also calmer for older eyes.
  ...(process.env.TARO_ENV === 'h5' ? { animation: false } : {}),
  window: {
    navigationBarBackgroundColor: '#B71C1C',
    navigationBarTitleText: '家园',
    navigationBarTextStyle: 'white',
    backgroundColor: '#F5F5F5',
    backgroundTextStyle: 'dark',
  },
  tabBar: {
    color: '#4A4A4A',
    selectedColor: '#B71C1C',
    backgroundColor: '#FFFFFF',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/index/index',
        iconPath: 'assets/tab/home.png',
        selectedIconPath: 'assets/tab/home-active.png',
        text: '首页',
      },
      {
        pagePath: 'pages/repair/index',
        iconPath: 'assets/tab/repair.png',
        selectedIconPath: 'assets/tab/repair-active.png',
        text: '报修',
      },
      {
        pagePath: 'pages/assembly/index',
        iconPath: 'assets/tab/assembly.png',
        selectedIconPath: 'assets/tab/assembly-active.png',
        text: '议事',
      },
      {
        pagePath: 'pages/ledger/index',
        iconPath: 'assets/tab/ledger.png',
        selectedIconPath: 'assets/tab/ledger-active.png',
        text: '账本',
      },
      {
        pagePath: 'pages/me/index',
        iconPath: 'assets/tab/me.png',
        selectedIconPath: 'assets/tab/me-active.png',
        text: '我的',
      },
    ],
  },
})
