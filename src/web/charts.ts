/**
 * The pages' charts, as configurations for the ChartRenderer, each with its text alternative.
 * Every chart is shown beside a table of the same numbers, so the picture is never the only way in.
 */
import type { ChartConfiguration } from 'chart.js';
import type { ActionRag, RollUp } from '../rag/rules';
import { RAG_WORDS } from '../rag/rules';
import { RAG_COLOURS } from '../reports/charts/chart-renderer';

export interface PageChart {
  configuration: ChartConfiguration;
  alt: string;
  width: number;
  height: number;
}

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

const plain = (value: string) => String(Number(value));

export function indicatorTrendChart(
  code: string,
  values: readonly { period: string; value: string }[],
  target: string | null,
): PageChart {
  const goal = target === null ? null : Number(target);
  return {
    configuration: {
      type: 'line',
      data: {
        labels: values.map((value) => value.period),
        datasets: [
          {
            label: 'Actual',
            data: values.map((value) => Number(value.value)),
            borderColor: '#0b0c0c',
            backgroundColor: '#0b0c0c',
            borderWidth: 4,
            pointRadius: 6,
          },
          ...(goal === null
            ? []
            : [
                {
                  label: 'Target',
                  data: values.map(() => goal),
                  borderColor: RAG_COLOURS.complete,
                  backgroundColor: RAG_COLOURS.complete,
                  borderDash: [12, 8],
                  borderWidth: 3,
                  pointRadius: 0,
                },
              ]),
        ],
      },
      options: { scales: { y: { beginAtZero: false } } },
    },
    alt: `Line chart of ${code}: ${values.map((value) => `${value.period} ${plain(value.value)}`).join(', ')}${
      target === null ? '' : `; target ${plain(target)}`
    }.`,
    width: 520,
    height: 220,
  };
}
