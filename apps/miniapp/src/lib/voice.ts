import { isH5 } from './platform'

/**
 * Voice input for a description, where the platform offers it (DOMAIN A4). One port, two engines:
 * - H5: the browser's Web Speech API (`SpeechRecognition`, prefixed `webkitSpeechRecognition` in Chromium);
 * - weapp: WeChat's 同声传译 plugin (`requirePlugin('WechatSI').getRecordRecognitionManager()`), declared for
 *   the tickets subpackage only when the build sets JIAYUAN_WECHAT_SI_VERSION (see app.config.ts and README).
 * Where neither exists, `voiceRecognizer()` answers null and the form shows no voice button at all.
 */
export interface VoiceHandlers {
  /** The words heard so far in this session (replaces the previous partial text). */
  onText(text: string): void
  /** The session ended; `text` is the final transcript ('' when nothing was heard). */
  onEnd(text: string): void
  /** A failure in words the person can act on. */
  onError(message: string): void
}

export interface VoiceRecognizer {
  /** Starts listening; the returned function stops early (the engines also stop by themselves after a pause). */
  start(handlers: VoiceHandlers): () => void
}

/** The subset of the Web Speech API used here. */
interface SpeechAlternative {
  transcript: string
}
interface SpeechResultEvent {
  results: ArrayLike<ArrayLike<SpeechAlternative>>
}
interface SpeechErrorEvent {
  error: string
}
interface WebSpeech {
  lang: string
  interimResults: boolean
  continuous: boolean
  onresult: ((event: SpeechResultEvent) => void) | null
  onerror: ((event: SpeechErrorEvent) => void) | null
  onend: (() => void) | null
  start(): void
  stop(): void
}
type WebSpeechCtor = new () => WebSpeech

/** WeChat 同声传译's record-recognition manager (developers.weixin.qq.com › 插件 › 微信同声传译). */
interface RecordRecoManager {
  start(options: { duration: number; lang: string }): void
  stop(): void
  onRecognize: (res: { result: string }) => void
  onStop: (res: { result: string }) => void
  onError: (res: { retcode: number; msg: string }) => void
}

const WEB_ERRORS: Record<string, string> = {
  'not-allowed': '没有麦克风权限，请在浏览器设置里允许后再试',
  'service-not-allowed': '没有麦克风权限，请在浏览器设置里允许后再试',
  'no-speech': '没有听到声音，请靠近手机再说一次',
  'audio-capture': '找不到麦克风',
  network: '网络不好，语音没能识别，请改用打字',
}

/** Joins every result's best alternative: the whole session so far, final and partial parts alike. */
export function transcriptOf(event: SpeechResultEvent): string {
  let text = ''
  for (let i = 0; i < event.results.length; i += 1) text += event.results[i]?.[0]?.transcript ?? ''
  return text.trim()
}

function webSpeech(ctor: WebSpeechCtor): VoiceRecognizer {
  return {
    start(handlers) {
      const recognition = new ctor()
      recognition.lang = 'zh-CN'
      recognition.interimResults = true
      recognition.continuous = false
      let heard = ''
      let failed = false
      recognition.onresult = (event) => {
        heard = transcriptOf(event)
        handlers.onText(heard)
      }
      recognition.onerror = (event) => {
        if (event.error === 'aborted') return
        failed = true
        handlers.onError(WEB_ERRORS[event.error] ?? '语音没能识别，请改用打字')
      }
      recognition.onend = () => {
        if (!failed) handlers.onEnd(heard)
      }
      recognition.start()
      return () => recognition.stop()
    },
  }
}

function wechatSi(manager: RecordRecoManager): VoiceRecognizer {
  return {
    start(handlers) {
      manager.onRecognize = (res) => handlers.onText(res.result.trim())
      manager.onStop = (res) => handlers.onEnd((res.result ?? '').trim())
      manager.onError = (res) =>
        handlers.onError(res.retcode === -30011 ? '上一次语音还没结束，请稍后再试' : '语音没能识别，请改用打字')
      manager.start({ duration: 60000, lang: 'zh_CN' })
      return () => manager.stop()
    },
  }
}

declare const requirePlugin: ((name: string) => { getRecordRecognitionManager(): RecordRecoManager }) | undefined

/** The engine this platform offers, or null. */
export function voiceRecognizer(): VoiceRecognizer | null {
  if (isH5) {
    const scope = globalThis as unknown as {
      SpeechRecognition?: WebSpeechCtor
      webkitSpeechRecognition?: WebSpeechCtor
    }
    const ctor = scope.SpeechRecognition ?? scope.webkitSpeechRecognition
    return ctor ? webSpeech(ctor) : null
  }
  try {
    // Throws when the build did not declare the plugin for this subpackage.
    const manager =
      typeof requirePlugin === 'function' ? requirePlugin('WechatSI').getRecordRecognitionManager() : undefined
    return manager ? wechatSi(manager) : null
  } catch {
    return null
  }
}
