/** `90` → `1.5 小时`: volunteer hours as certificates and the page show them (to a tenth of an hour). */
export function hoursText(minutes: number): string {
  const tenths = Math.round(minutes / 6)
  return `${tenths % 10 === 0 ? tenths / 10 : (tenths / 10).toFixed(1)} 小时`
}
