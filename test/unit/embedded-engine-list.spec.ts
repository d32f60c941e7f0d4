import { existsSync } from 'node:fs';
import { join } from 'node:path';

// The files CI runs again on embedded PGlite: a file moved or renamed must not drop out unnoticed.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const embeddedEngineFiles: string[] = require('../integration/embedded-engine.js');

describe('the integration files run again on embedded PGlite', () => {
  it.each(embeddedEngineFiles)('names %s, which exists', (file) => {
    expect(file).toMatch(/^test\/integration\/.+\.spec\.ts$/);
    expect(existsSync(join(__dirname, '..', '..', file))).toBe(true);
  });
});
