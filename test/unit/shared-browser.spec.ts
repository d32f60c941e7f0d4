import { CHROMIUM_ARGS } from '../../src/reports/pdf/pdf-renderer';

// The test run's one Chromium is started before anything is compiled, so it keeps its own copy of
// the app's flags: papers printed in it must come out as the app prints them.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const sharedBrowser: { CHROMIUM_ARGS: string[] } = require('../support/shared-browser.js');

describe("the test run's Chromium", () => {
  it('starts with the flags the app starts its Chromium with', () => {
    expect(sharedBrowser.CHROMIUM_ARGS).toEqual(CHROMIUM_ARGS);
  });
});
