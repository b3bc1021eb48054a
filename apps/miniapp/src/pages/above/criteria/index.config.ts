export default definePageConfig({ navigationBarTitleText: '评定标准' })
