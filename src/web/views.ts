import type { NextFunction, Request, Response } from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { join } from 'node:path';
import nunjucks from 'nunjucks';
import { projectRoot } from '../common/paths';
import type { Role } from '../domain/vocabulary';
import { plainNumber } from '../indicators/indicators.dto';
import { RAG_WORDS } from '../rag/rules';

export const SERVICE_NAME = 'Improvement Tracker';

const TIME_ZONE = 'Europe/London';
const ONE_DAY_MS = 24 * 60 * 60 * 1000;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrator',
  clerk: 'Committee clerk',
  owner: 'Plan owner',
  scrutiny: 'Scrutiny member',
};

const londonDate = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const londonTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h23',
});

function govukFrontendDist(): string {
  return join(projectRoot(), 'node_modules/govuk-frontend/dist');
}

/** A date as GOV.UK writes it: '11 September 2008'. Date-only strings are taken as they are, instants in London. */
export function govukDate(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : londonDate.format(value);
  const match = DATE_ONLY.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  const monthName = MONTHS[Number(month) - 1];
  return monthName ? `${Number(day)} ${monthName} ${year}` : value;
}

/** An instant as GOV.UK writes it, in London: '11 September 2008 at 2:05pm', '1 May 2025 at 10am', '… at midday'. */
export function govukDateTime(value: Date | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const instant = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(instant.getTime())) return '';
  const parts = Object.fromEntries(londonTime.formatToParts(instant).map((part) => [part.type, part.value]));
  const hour = Number(parts.hour);
  const minute = parts.minute ?? '00';
  let time: string;
  if (minute === '00' && hour === 0) time = 'midnight';
  else if (minute === '00' && hour === 12) time = 'midday';
  else {
    const hour12 = hour % 12 === 0 ? 12 : hour % 12;
    time = `${hour12}${minute === '00' ? '' : `:${minute}`}${hour < 12 ? 'am' : 'pm'}`;
  }
  return `${londonDate.format(instant)} at ${time}`;
}

/** What a GOV.UK date input shows: the parts of a `YYYY-MM-DD` date, or the parts as typed. */
export function dateParts(value: unknown): { day: string; month: string; year: string } {
  if (value && typeof value === 'object') {
    const parts = value as Record<string, unknown>;
    return { day: String(parts.day ?? ''), month: String(parts.month ?? ''), year: String(parts.year ?? '') };
  }
  const match = typeof value === 'string' ? DATE_ONLY.exec(value) : null;
  if (!match) return { day: '', month: '', year: '' };
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] };
}

/** The colour class of a RAG tag: complete is blue, and anything not rated is grey. */
const RAG_TAG_COLOURS: Record<string, string> = { red: 'red', amber: 'amber', green: 'green', complete: 'blue' };

export function ragWord(rag: string | null | undefined): string {
  if (!rag) return 'Not rated';
  return RAG_WORDS[rag as keyof typeof RAG_WORDS] ?? rag;
}

export function ragColour(rag: string | null | undefined): string {
  return RAG_TAG_COLOURS[rag ?? ''] ?? 'grey';
}

export function roleLabel(role: string | null | undefined): string {
  if (!role) return '';
  return ROLE_LABELS[role as Role] ?? role;
}

/**
 * The Nunjucks environment for every page: our templates first, then GOV.UK Frontend's
 * (`govuk/template.njk`, `govuk/components/…/macro.njk`). Autoescape is on, so data is always text.
 */
export function createViewEnvironment(): nunjucks.Environment {
  const loader = new nunjucks.FileSystemLoader([join(projectRoot(), 'src/web/views'), govukFrontendDist()]);
  const env = new nunjucks.Environment(loader, {
    autoescape: true,
    throwOnUndefined: false,
    trimBlocks: true,
    lstripBlocks: true,
  });
  env.addFilter('govukDate', govukDate);
  env.addFilter('govukDateTime', govukDateTime);
  env.addFilter('roleLabel', roleLabel);
  env.addFilter('ragWord', ragWord);
  env.addFilter('ragColour', ragColour);
  env.addFilter('plainNumber', (value: string | null | undefined) =>
    value === null || value === undefined || value === '' ? '' : plainNumber(String(value)),
  );
  env.addFilter('dateParts', dateParts);
  env.addGlobal('serviceName', SERVICE_NAME);
  return env;
}

/**
 * Makes `res.render('pages/home', context)` (and Nest's `@Render('pages/home')`) use `env`, and
 * serves the stylesheet and GOV.UK Frontend's JavaScript under /assets. GOV.UK Frontend's fonts
 * and images (the crown, crest and GOV.UK icons) are deliberately not served: they are GOV.UK's own.
 */
export function configureViews(app: NestExpressApplication, env: nunjucks.Environment): void {
  env.express(app.getHttpAdapter().getInstance());
  app.setViewEngine('njk');

  const govuk = join(govukFrontendDist(), 'govuk');
  serveFile(app, '/assets/application.css', join(projectRoot(), 'dist/web/assets/application.css'));
  serveFile(app, '/assets/govuk-frontend.min.js', join(govuk, 'govuk-frontend.min.js'));
}

function serveFile(app: NestExpressApplication, urlPath: string, filePath: string): void {
  app.use(urlPath, (req: Request, res: Response, next: NextFunction) => {
    // app.use matches by prefix: answer only the exact path.
    if ((req.method !== 'GET' && req.method !== 'HEAD') || (req.path !== '/' && req.path !== '')) return next();
    res.sendFile(filePath, { maxAge: ONE_DAY_MS }, (error?: Error) => {
      if (error && !res.headersSent) next();
    });
  });
}
