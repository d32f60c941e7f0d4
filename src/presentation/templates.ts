/**
 * The one way to make a Nunjucks environment, for the pages and the board papers alike: the same
 * settings and the same filters, so a date, a RAG or a grade reads the same in both.
 * Autoescape is on: text from the database can never become markup or template code.
 */
import nunjucks from 'nunjucks';
import { plainNumber } from '../indicators/indicators.dto';
import { comparisonSummary, improvedNeighbours, inspectionChangeText } from './comparison-words';
import { dateParts, govukDate, govukDateTime } from './dates';
import { ragKey, ragWord } from './rag';
import {
  changeWord,
  DIRECTION_WORDS,
  directionWord,
  exemptDescription,
  gradeWord,
  inspectionChangeWord,
  intervalWords,
  judgementWord,
  kindWord,
  roleWord,
} from './words';
import type { Direction } from '../domain/vocabulary';

/** An environment reading templates from `searchPaths`, first match wins, with every filter below. */
export function createTemplateEnvironment(searchPaths: string[]): nunjucks.Environment {
  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(searchPaths), {
    autoescape: true,
    throwOnUndefined: false,
    trimBlocks: true,
    lstripBlocks: true,
  });
  // Dates: '11 September 2008', '11 September 2008 at 2:05pm', and a date input's parts.
  env.addFilter('govukDate', govukDate);
  env.addFilter('govukDateTime', govukDateTime);
  env.addFilter('dateParts', dateParts);
  // RAG: the word, and the key of its colours (`app-rag--<key>` on pages, `rag-<key>` in papers).
  env.addFilter('ragWord', ragWord);
  env.addFilter('ragKey', ragKey);
  // The other values in words.
  env.addFilter('gradeWord', gradeWord);
  env.addFilter('directionWord', directionWord);
  env.addFilter('directionArrow', (direction: string | null | undefined) =>
    direction ? (DIRECTION_WORDS[direction as Direction]?.arrow ?? '') : '',
  );
  env.addFilter('changeWord', changeWord);
  env.addFilter('kindWord', kindWord);
  env.addFilter('roleWord', roleWord);
  env.addFilter('exemptDescription', exemptDescription);
  // The national inspection outcomes: a judgement, how a council's grades moved, and in how long.
  env.addFilter('judgementWord', judgementWord);
  env.addFilter('inspectionChangeWord', inspectionChangeWord);
  env.addFilter('intervalWords', intervalWords);
  env.addFilter('inspectionChangeText', inspectionChangeText);
  env.addFilter('comparisonSummary', comparisonSummary);
  env.addFilter('improvedNeighbours', improvedNeighbours);
  // Numbers as entered: numeric columns come back padded to their scale ("10.4000").
  env.addFilter('plainNumber', (value: string | number | null | undefined) =>
    value === null || value === undefined || value === '' ? '' : plainNumber(String(value)),
  );
  return env;
}
