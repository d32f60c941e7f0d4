/**
 * Charts of actions by RAG, as the dashboard and the board paper both draw them: each bar in its
 * RAG's colour and labelled with its word, with the text alternative that states every count.
 */
import type { ChartConfiguration } from 'chart.js';
import { RAG_LOOKS } from '../presentation/rag';
import type { PageChart } from './trend-chart';
import type { ActionRag } from '../domain/vocabulary';

/** The RAGs counted in charts and tables, worst first; cancelled actions are left out of the counts. */
export const COUNTED_RAGS: readonly ActionRag[] = ['red', 'amber', 'green', 'not_started', 'complete'];

export function ragCountsChart({ counts }: { counts: Readonly<Record<ActionRag, number>> }): PageChart {
  const values = COUNTED_RAGS.map((rag) => counts[rag]);
  return {
    configuration: {
      type: 'bar',
      data: {
        labels: COUNTED_RAGS.map((rag) => RAG_LOOKS[rag].word),
        datasets: [
          { label: 'Actions', data: values, backgroundColor: COUNTED_RAGS.map((rag) => RAG_LOOKS[rag].background) },
        ],
      },
      options: {
        plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    },
    alt: `Bar chart of actions by status: ${COUNTED_RAGS.map((rag, index) => `${RAG_LOOKS[rag].word} ${values[index]}`).join(', ')}.`,
    width: 480,
    height: 240,
  };
}

/** One stacked bar per judgement area, a segment per RAG; the legend names each colour. */
export function areaCountsChart(
  areas: readonly { label: string; counts: Readonly<Record<ActionRag, number>> }[],
): PageChart {
  const configuration: ChartConfiguration = {
    type: 'bar',
    data: {
      labels: areas.map((area) => area.label),
      datasets: COUNTED_RAGS.map((rag) => ({
        label: RAG_LOOKS[rag].word,
        data: areas.map((area) => area.counts[rag]),
        backgroundColor: RAG_LOOKS[rag].background,
      })),
    },
    options: {
      indexAxis: 'y',
      scales: { x: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }, y: { stacked: true } },
    },
  };
  return {
    configuration,
    alt: `Stacked bar chart of actions by judgement area: ${areas
      .map(
        (area) =>
          `${area.label}: ${COUNTED_RAGS.filter((rag) => area.counts[rag])
            .map((rag) => `${area.counts[rag]} ${RAG_LOOKS[rag].word.toLowerCase()}`)
            .join(', ')}`,
      )
      .join('; ')}.`,
    width: 640,
    height: Math.max(160, 40 + areas.length * 34),
  };
}
