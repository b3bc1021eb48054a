export default definePageConfig({ navigationBarTitleText: '提交支出' })
