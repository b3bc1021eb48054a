import { systemFontScale } from '../lib/platform'
import { setState, useAppState } from './store'

/** WeChat's "large" text step is about 1.18× the default; from there on elder mode is the better layout. */
const ENLARGED_FONT_SCALE = 1.15

const followsSystem = (): boolean => systemFontScale() >= ENLARGED_FONT_SCALE

/** Elder mode (DOMAIN A1): the person's own choice, or else on when WeChat's text is set large. */
export function useElderMode(): boolean {
  const choice = useAppState((s) => s.elderChoice)
  return choice ?? followsSystem()
}

export function setElderMode(on: boolean): void {
  setState({ elderChoice: on })
}
