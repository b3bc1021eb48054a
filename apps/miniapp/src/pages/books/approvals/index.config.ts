export default definePageConfig({ navigationBarTitleText: '支出审批' })
