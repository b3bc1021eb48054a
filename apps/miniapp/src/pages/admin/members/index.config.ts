export default definePageConfig({ navigationBarTitleText: '网格与角色' })
