import { View } from '@tarojs/components'
import { useEffect, useMemo, useRef, useState } from 'react'
import { Button } from '../../../components/nut'
import { voiceRecognizer } from '../../../lib/voice'
import { appendSpoken } from './voice-text'
import './voice-input.scss'

/**
 * 语音输入 under the description (DOMAIN A4): speak instead of typing. What is heard is added after what is
 * already written, live as it is recognised, and stays editable. Hidden where the platform has no recogniser.
 */
export function VoiceInput({
  value,
  maxLength,
  onChange,
}: {
  value: string
  maxLength: number
  onChange: (text: string) => void
}) {
  const recognizer = useMemo(voiceRecognizer, [])
  const [listening, setListening] = useState(false)
  const [error, setError] = useState<string | undefined>()
  const stopRef = useRef<(() => void) | undefined>()
  useEffect(() => () => stopRef.current?.(), [])
  if (!recognizer) return null
  const engine = recognizer

  function toggle(): void {
    if (listening) return stopRef.current?.()
    const before = value
    setError(undefined)
    setListening(true)
    stopRef.current = engine.start({
      onText: (heard) => onChange(appendSpoken(before, heard, maxLength)),
      onEnd: (heard) => {
        if (heard) onChange(appendSpoken(before, heard, maxLength))
        setListening(false)
      },
      onError: (message) => {
        setError(message)
        setListening(false)
      },
    })
  }

  return (
    <View className="voice-input">
      <Button className="voice-input__button" fill="outline" size="large" block onClick={toggle}>
        {listening ? '正在听…说完点这里停止' : '语音输入：按一下开始说'}
      </Button>
      {error ? (
        <View className="voice-input__error" ariaRole="alert">
          {error}
        </View>
      ) : null}
    </View>
  )
}
