/**
 * Page headers, footers and page numbers out of extracted text.
 *
 * Only text that has pages (form feeds, as pdftotext writes them) is touched; a text file keeps its
 * lines, so its line numbers stay those of the file. On paged text, a line counts as furniture when
 * it sits in the first or last three lines of a page and either is a page number ("7", "Page 7 of 21",
 * "- 7 -") or, with its digits ignored, recurs at the edge of at least two pages and 40 % of them.
 * Pages are then re-joined: directly when a sentence runs on over the break (the previous page ends
 * mid-sentence and the next one carries on), else with one blank line.
 */

const EDGE_LINES = 3;

export function removePageFurniture(text: string): string {
  if (!text.includes('\f')) return text;
  const pages = text.split('\f').map((page) => page.split('\n'));
  if (pages.length > 1 && pages[pages.length - 1].every((line) => !line.trim())) pages.pop();

  const edgeIndexes = pages.map(edgeLineIndexes);
  const pageCounts = new Map<string, number>();
  pages.forEach((page, p) => {
    const seen = new Set(edgeIndexes[p].map((i) => signature(page[i])));
    for (const key of seen) pageCounts.set(key, (pageCounts.get(key) ?? 0) + 1);
  });
  const threshold = Math.max(2, Math.ceil(pages.length * 0.4));

  const kept: string[][] = pages.map((page, p) => {
    const furniture = new Set(
      edgeIndexes[p].filter((i) => isPageNumber(page[i]) || (pageCounts.get(signature(page[i])) ?? 0) >= threshold),
    );
    const lines = page.filter((_, i) => !furniture.has(i));
    while (lines.length && !lines[0].trim()) lines.shift();
    while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
    return lines;
  });

  const out: string[] = [];
  for (const lines of kept) {
    if (!lines.length) continue;
    if (out.length) {
      const last = out[out.length - 1];
      if (!runsOn(last, lines[0])) out.push('');
    }
    out.push(...lines);
  }
  return out.join('\n') + '\n';
}

function edgeLineIndexes(page: string[]): number[] {
  const nonBlank = page.map((line, i) => (line.trim() ? i : -1)).filter((i) => i >= 0);
  if (nonBlank.length <= EDGE_LINES * 2) return nonBlank;
  return [...nonBlank.slice(0, EDGE_LINES), ...nonBlank.slice(-EDGE_LINES)];
}

function signature(line: string): string {
  return line.trim().replace(/\s+/g, ' ').replace(/\d+/g, '#').toLowerCase();
}

function isPageNumber(line: string): boolean {
  const trimmed = line.trim();
  return (
    /^(page\s*)?\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/i.test(trimmed) ||
    /^[-–—]\s*\d{1,4}\s*[-–—]$/.test(trimmed) ||
    /^[ivxlc]{1,6}$/i.test(trimmed)
  );
}

const CONNECTORS = new Set(
  'a an and as at be but by for from in into is are its of on or that the their to which who with whose'.split(' '),
);

/** Whether the first line of the next page continues the sentence the previous page ended with. */
function runsOn(previous: string, next: string): boolean {
  const end = previous.trimEnd();
  if (!end || /[.!?:;]["'’”)]*$/.test(end)) return false;
  const start = next.trimStart();
  if (/^\p{Ll}/u.test(start)) return true;
  const lastWord = end.split(/\s+/).pop()?.toLowerCase() ?? '';
  return /[,\-–]$/.test(end) || CONNECTORS.has(lastWord);
}
