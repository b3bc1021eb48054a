export default definePageConfig({ navigationBarTitleText: '网格划分' })
