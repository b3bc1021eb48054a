export default definePageConfig({ navigationBarTitleText: '邻里互助' })
