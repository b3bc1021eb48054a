export default definePageConfig({ navigationBarTitleText: '美好家园基金' })
