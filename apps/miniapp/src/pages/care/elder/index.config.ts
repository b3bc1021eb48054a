export default definePageConfig({ navigationBarTitleText: '窗帘之约 · 今天' })
