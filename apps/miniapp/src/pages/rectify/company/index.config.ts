export default definePageConfig({ navigationBarTitleText: '整改工作台' })
