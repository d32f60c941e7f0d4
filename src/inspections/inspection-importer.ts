import { Injectable } from '@nestjs/common';
import { type ImportResult } from './ingest/inspection-draft';
import { importInspection } from './ingest/parse-inspection';

/**
 * The edge around the import: text extraction may run `pdftotext`, so services reach it through
 * this class and tests can see where the outside world starts.
 */
@Injectable()
export class InspectionImporter {
  read(bytes: Buffer, fileName?: string): Promise<ImportResult> {
    return importInspection(bytes, fileName);
  }
}
