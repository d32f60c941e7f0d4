import type { Response } from 'express';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A file to save, never kept in a shared cache: papers and workbooks hold the council's data. */
export function setAttachment(
  response: Response,
  contentType: string,
  fileName: string,
  extra: Record<string, string> = {},
): void {
  response.set({
    'Content-Type': contentType,
    'Content-Disposition': `attachment; filename="${fileName}"`,
    'Cache-Control': 'private, no-store',
    ...extra,
  });
}

/** A file a page sends: its bytes, name and type, and any headers of its own. */
export interface Download {
  bytes: Buffer;
  fileName: string;
  contentType: string;
  headers?: Record<string, string>;
}

/** Sends `file` as an attachment (see `setAttachment`). */
export function sendDownload(response: Response, file: Download): void {
  setAttachment(response, file.contentType, file.fileName, file.headers);
  response.send(file.bytes);
}
