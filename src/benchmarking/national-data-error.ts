/**
 * Why the national data or a question about it was refused, in one sentence a clerk can act on.
 * `invalid_file`: a council list or outcomes file is not of the expected shape (nothing of it may be
 * used); `unknown_council`: no council in the list has the code asked about.
 */
export type NationalDataErrorKind = 'invalid_file' | 'unknown_council';

export class NationalDataError extends Error {
  constructor(
    readonly kind: NationalDataErrorKind,
    message: string,
    /** The 1-based line of the file the problem is on, when there is one. */
    readonly line: number | null = null,
  ) {
    super(message);
    this.name = 'NationalDataError';
  }
}
