/**
 * A board paper's HTML from the report model, by the house style's Nunjucks templates in
 * report-templates/. Autoescape is on: text from the database (titles, commentary) can never
 * become markup or template code. The CSS is inlined so the page needs nothing from the network.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type nunjucks from 'nunjucks';
import { projectRoot } from '../common/paths';
import { govukDate } from '../presentation/dates';
import { PALETTE } from '../presentation/palette';
import { paperVocabularyCss } from '../presentation/stylesheets';
import { createTemplateEnvironment } from '../presentation/templates';
import type { ReportModel } from './report-model';

export const HOUSE_STYLES = ['executive-board', 'cabinet'] as const;
export type HouseStyle = (typeof HOUSE_STYLES)[number];

/** Each house style in words, for the forms that choose one. */
export const HOUSE_STYLE_LABELS: Record<HouseStyle, string> = {
  'executive-board': 'Executive Board (numbered sections, as Halton’s)',
  cabinet: 'Cabinet (sections and summary, as Harrow’s)',
};

function templatesRoot(): string {
  return join(projectRoot(), 'report-templates');
}

let environment: nunjucks.Environment | null = null;
let css: string | null = null;

export function paperHtml(model: ReportModel): string {
  environment ??= createTemplateEnvironment([templatesRoot()]);
  // The palette and RAG colours first, so the house style's stylesheet can use them.
  css ??= `${paperVocabularyCss()}${readFileSync(join(templatesRoot(), 'shared', 'paper.css'), 'utf8')}`;
  return environment.render(`${model.paper.houseStyle}/paper.njk`, { model, css });
}

/** The running header and footer Chromium prints on every page; plain text, escaped. */
export function headerFooter(model: ReportModel): { header: string; footer: string } {
  const escape = (text: string) =>
    text.replace(
      /[&<>"']/g,
      (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
    );
  const style = `font-family: Arial, sans-serif; font-size: 8pt; width: 100%; margin: 0 18mm; color: ${PALETTE.ink};`;
  const header =
    model.paper.status === 'exempt'
      ? `<div style="${style} font-weight: bold;">Exempt: paragraph ${model.paper.exemptParagraph} of Schedule 12A to the Local Government Act 1972</div>`
      : '<div></div>';
  const footer = `<div style="${style} display: flex; justify-content: space-between;"><span>${escape(
    `${model.paper.committee}, ${govukDate(model.paper.meetingDate)}`,
  )}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
  return { header, footer };
}
