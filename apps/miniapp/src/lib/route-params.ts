import { useRouter } from '@tarojs/taro'

/** The query of the page's own URL (`?id=…`), the same on WeChat and H5 (hash routing). */
export function usePageParams(): Record<string, string | undefined> {
  const router = useRouter()
  return router.params
}
