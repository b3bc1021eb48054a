export default definePageConfig({ navigationBarTitleText: '支出详情' })
