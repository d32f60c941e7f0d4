/**
 * An indicator's values over time against its target, as the action page and the board paper
 * both draw it, with the text alternative that states every value.
 */
import type { ChartConfiguration } from 'chart.js';
import { PALETTE } from '../presentation/palette';

/** A chart to draw: its configuration, size, and the words read out in its place. */
export interface PageChart {
  configuration: ChartConfiguration;
  alt: string;
  width: number;
  height: number;
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
            borderColor: PALETTE.ink,
            backgroundColor: PALETTE.ink,
            borderWidth: 4,
            pointRadius: 6,
          },
          ...(goal === null
            ? []
            : [
                {
                  label: 'Target',
                  data: values.map(() => goal),
                  borderColor: PALETTE.blue,
                  backgroundColor: PALETTE.blue,
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
