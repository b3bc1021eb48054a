/*
 * The NutUI parts the app uses, each with only its own stylesheet: the full NutUI CSS is 230 KB of wxss in
 * the main package, these four are about 30 KB. Theme colours are set on `.page` in app.scss.
 */
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/input/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/textarea/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/progress/style/css'

export { Button, Input, TextArea, Progress } from '@nutui/nutui-react-taro'
