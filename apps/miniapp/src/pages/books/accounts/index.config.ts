export default definePageConfig({ navigationBarTitleText: '科目余额' })
