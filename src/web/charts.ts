/**
 * The pages' charts, as configurations for the ChartRenderer, each with its text alternative.
 * Every chart is shown beside a table of the same numbers, so the picture is never the only way in.
 */
export { COUNTED_RAGS, ragCountsChart } from '../charts/status-charts';
export { indicatorTrendChart, type PageChart } from '../charts/trend-chart';
