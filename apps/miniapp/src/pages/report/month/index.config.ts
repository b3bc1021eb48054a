// enableShareAppMessage: the page's 转发 (useShareToChat) sends the month on screen to a chat.
export default definePageConfig({ navigationBarTitleText: '物业月报', enableShareAppMessage: true })
