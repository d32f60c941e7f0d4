/**
 * The share of councils at each grade, judgement by judgement, in the council's region and in
 * England, as the compare page, the board paper and the workbook all draw it: one bar per
 * judgement and area, a segment per grade, with the text alternative that states every share.
 */
import type { GradeDistribution } from '../domain/council-comparison';
import { ILACS_GRADES } from '../domain/ilacs';
import { GRADE_COLOURS } from '../presentation/grades';
import { gradeWord } from '../presentation/words';
import type { PageChart } from '../charts/trend-chart';

const percent = (share: number) => Math.round(share * 1000) / 10;

export function gradeDistributionChart(areas: readonly GradeDistribution[]): PageChart {
  const bars = areas[0].judgements.flatMap((judgement, index) =>
    areas.map((area) => ({
      judgement,
      area: area.area,
      shares: area.judgements[index].shares,
      graded: area.judgements[index].graded,
    })),
  );
  const alt = `Stacked bar chart of the share of councils at each grade at their latest inspection: ${bars
    .map(
      (bar) =>
        `${bar.judgement.label}, ${bar.area} (${bar.graded} councils graded): ${
          bar.graded
            ? ILACS_GRADES.map((grade) => `${gradeWord(grade)} ${percent(bar.shares[grade])}%`).join(', ')
            : 'none graded'
        }`,
    )
    .join('; ')}.`;
  return {
    configuration: {
      type: 'bar',
      data: {
        labels: bars.map((bar) => [bar.judgement.label, bar.area]),
        datasets: ILACS_GRADES.map((grade) => ({
          label: gradeWord(grade),
          data: bars.map((bar) => percent(bar.shares[grade])),
          backgroundColor: GRADE_COLOURS[grade],
        })),
      },
      options: {
        indexAxis: 'y',
        plugins: { legend: { position: 'bottom' } },
        scales: {
          x: { stacked: true, min: 0, max: 100, title: { display: true, text: '% of councils graded' } },
          y: { stacked: true },
        },
      },
    },
    alt,
    width: 720,
    height: 80 + bars.length * 44,
  };
}
