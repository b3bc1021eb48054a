// Only what the report charts draw: bar series, axes, legend, on canvas. The full echarts bundle is about
// 1 MB; this keeps the report subpackage well under WeChat's 2 MB (DOMAIN W6).
import * as echarts from 'echarts/core'
import { BarChart } from 'echarts/charts'
import { GridComponent, LegendComponent } from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'

echarts.use([BarChart, GridComponent, LegendComponent, CanvasRenderer])

export { echarts }
