export default definePageConfig({ navigationBarTitleText: '决定事项台账' })
