/**
 * A board paper's HTML from the report model, by the house style's Nunjucks templates in
 * report-templates/. Autoescape is on: text from the database (titles, commentary) can never
 * become markup or template code. The CSS is inlined so the page needs nothing from the network.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nunjucks from 'nunjucks';
import { projectRoot } from '../common/paths';
import { britishDate } from '../domain/periods';
import { RAG_WORDS } from '../rag/rules';
import type { ReportModel } from './report-model';

export const HOUSE_STYLES = ['executive-board', 'cabinet'] as const;
export type HouseStyle = (typeof HOUSE_STYLES)[number];

/** Part 1 of Schedule 12A to the Local Government Act 1972 (England), as amended in 2006. */
export const EXEMPT_PARAGRAPHS: Record<number, string> = {
  1: 'information relating to any individual',
  2: 'information likely to reveal the identity of an individual',
  3: 'information relating to the financial or business affairs of any particular person, including the authority',
  4: 'information relating to consultations or negotiations on a labour relations matter',
  5: 'information in respect of which a claim to legal professional privilege could be maintained',
  6: 'information revealing that the authority proposes to give a notice imposing requirements, or to make an order or direction',
  7: 'information relating to action in connection with the prevention, investigation or prosecution of crime',
};

export const CHANGE_WORDS: Record<string, string> = {
  better: 'Improved',
  worse: 'Worsened',
  same: 'No change',
  new: 'New',
  closed: 'Closed',
  removed: 'Removed',
};

export const DIRECTION_WORDS: Record<string, string> = {
  improving: '▲ Improving',
  worsening: '▼ Worsening',
  no_change: '► No change',
};

function templatesRoot(): string {
  return join(projectRoot(), 'report-templates');
}

let environment: nunjucks.Environment | null = null;

function paperEnvironment(): nunjucks.Environment {
  if (environment) return environment;
  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(templatesRoot(), { noCache: false }), {
    autoescape: true,
    throwOnUndefined: false,
  });
  env.addFilter('britishDate', (value: string | null) => (value ? britishDate(value) : ''));
  env.addFilter('ragWord', (value: keyof typeof RAG_WORDS) => RAG_WORDS[value] ?? value);
  env.addFilter('changeWord', (value: string) => CHANGE_WORDS[value] ?? value);
  env.addFilter('directionWord', (value: string | null) => (value ? DIRECTION_WORDS[value] : 'Not yet known'));
  env.addFilter('number', (value: string) => (value.includes('.') ? value.replace(/\.?0+$/, '') : value));
  env.addFilter('exemptDescription', (paragraph: number) => EXEMPT_PARAGRAPHS[paragraph] ?? '');
  environment = env;
  return env;
}

let css: string | null = null;

export function paperHtml(model: ReportModel): string {
  css ??= readFileSync(join(templatesRoot(), 'shared', 'paper.css'), 'utf8');
  return paperEnvironment().render(`${model.paper.houseStyle}/paper.njk`, { model, css });
}

/** The running header and footer Chromium prints on every page; plain text, escaped. */
export function headerFooter(model: ReportModel): { header: string; footer: string } {
  const escape = (text: string) =>
    text.replace(
      /[&<>"']/g,
      (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
    );
  const style = 'font-family: Arial, sans-serif; font-size: 8pt; width: 100%; margin: 0 18mm; color: #0b0c0c;';
  const header =
    model.paper.status === 'exempt'
      ? `<div style="${style} font-weight: bold;">Exempt: paragraph ${model.paper.exemptParagraph} of Schedule 12A to the Local Government Act 1972</div>`
      : '<div></div>';
  const footer = `<div style="${style} display: flex; justify-content: space-between;"><span>${escape(
    `${model.paper.committee}, ${britishDate(model.paper.meetingDate)}`,
  )}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
  return { header, footer };
}
