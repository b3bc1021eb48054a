export default definePageConfig({ navigationBarTitleText: '期初余额' })
