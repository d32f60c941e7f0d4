/**
 * PDF → text with poppler's `pdftotext -layout`.
 *
 * Why poppler rather than pdfjs-dist: the layout mode keeps the columns of a table on one line, so a
 * grade table ("Safeguarding      Outstanding") survives as a row the parser can read, where pdfjs gives
 * positioned fragments that we would have to re-assemble ourselves; it reads a 44-page Ofsted report in
 * well under a second; pages come out separated by form feeds, which is what page-furniture removal
 * needs; and pdfjs-dist is ESM-only while this app is CommonJS. The cost is a system package
 * (poppler-utils), which the project's setup script installs.
 */
import { execFile } from 'node:child_process';

/** `unavailable`: the server cannot read PDFs at all (the reader is missing), not the file's fault. */
export type ExtractResult = { ok: true; text: string } | { ok: false; message: string; unavailable?: boolean };

export interface PdfExtractOptions {
  timeoutMs?: number;
  /** The executable, for tests and for servers where poppler lives elsewhere. */
  command?: string;
}

/** With the parse, an import ends within 10 s; a 50-page report takes pdftotext about a second. */
const DEFAULT_TIMEOUT_MS = 8_000;
const MAX_TEXT_BYTES = 64 * 1024 * 1024;

export function extractPdfText(bytes: Buffer, options: PdfExtractOptions = {}): Promise<ExtractResult> {
  const command = options.command ?? 'pdftotext';
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: ExtractResult) => {
      if (!settled) {
        settled = true;
        resolve(result);
      }
    };
    try {
      const child = execFile(
        command,
        ['-layout', '-enc', 'UTF-8', '-q', '-', '-'],
        {
          timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
          maxBuffer: MAX_TEXT_BYTES,
          encoding: 'utf8',
          windowsHide: true,
        },
        (error, stdout) => {
          if (!error) return finish({ ok: true, text: stdout });
          const failure = error as NodeJS.ErrnoException & { killed?: boolean; code?: number | string };
          if (failure.code === 'ENOENT') {
            return finish({
              ok: false,
              message: 'PDF files cannot be read on this server at the moment (the PDF reader is not installed).',
              unavailable: true,
            });
          }
          if (failure.killed) {
            return finish({
              ok: false,
              message: 'This PDF took too long to read. Please try a smaller or simpler copy.',
            });
          }
          if (failure.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
            return finish({ ok: false, message: 'This PDF holds more text than an inspection report could.' });
          }
          // pdftotext exits 3 for a permissions (password) error and 1 for a file it cannot open.
          if ((failure.code as unknown) === 3) {
            return finish({
              ok: false,
              message: 'This PDF is password-protected. Please upload a copy without a password.',
            });
          }
          return finish({ ok: false, message: 'This PDF could not be read: it may be damaged or incomplete.' });
        },
      );
      child.stdin?.on('error', () => undefined);
      child.stdin?.end(bytes);
    } catch {
      finish({ ok: false, message: 'This PDF could not be read: it may be damaged or incomplete.' });
    }
  });
}
