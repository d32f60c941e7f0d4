/**
 * The pages' charts, as configurations for the ChartRenderer, each with its text alternative.
 * Every chart is shown beside a table of the same numbers, so the picture is never the only way in.
 */
import type { ActionRag, RollUp } from '../rag/rules';
import { RAG_WORDS } from '../rag/rules';
import { RAG_COLOURS } from '../reports/charts/chart-renderer';
import type { PageChart } from '../reports/charts/trend-chart';

export { indicatorTrendChart, type PageChart } from '../reports/charts/trend-chart';

/** The colours counted on a dashboard, worst first; cancelled actions are left out of the counts. */
export const COUNTED_RAGS: readonly ActionRag[] = ['red', 'amber', 'green', 'not_started', 'complete'];

export function ragCountsChart(rollUp: RollUp): PageChart {
  const counts = COUNTED_RAGS.map((rag) => rollUp.counts[rag]);
  return {
    configuration: {
      type: 'bar',
      data: {
        labels: COUNTED_RAGS.map((rag) => RAG_WORDS[rag]),
        datasets: [{ label: 'Actions', data: counts, backgroundColor: COUNTED_RAGS.map((rag) => RAG_COLOURS[rag]) }],
      },
      options: {
        plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    },
    alt: `Bar chart of actions by status: ${COUNTED_RAGS.map((rag, index) => `${RAG_WORDS[rag]} ${counts[index]}`).join(', ')}.`,
    width: 480,
    height: 240,
  };
}
