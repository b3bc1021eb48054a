export default definePageConfig({ navigationBarTitleText: '我家的维修资金' })
