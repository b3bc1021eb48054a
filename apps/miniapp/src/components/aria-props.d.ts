import '@tarojs/components'

/**
 * The state half of a radio or switch (WCAG 4.1.2): Taro's H5 compiler turns `ariaChecked` into `aria-checked`
 * (babel-plugin-transform-taroapi) and WeChat reads `aria-checked` on a view, but Taro's types list only
 * `ariaRole` and `ariaLabel`.
 */
declare module '@tarojs/components/types/View' {
  interface ViewProps {
    ariaChecked?: boolean
  }
}
