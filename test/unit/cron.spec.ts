import { cronMatches } from '../../src/jobs/cron';
import { cronOf, retryDelayMs } from '../../src/jobs/job-queue';

describe('the in-process runner’s schedules', () => {
  it('reads a time of day as every day then, and keeps a cron expression as it is', () => {
    expect(cronOf('07:30')).toBe('30 7 * * *');
    expect(cronOf('0 9 * * 1-5')).toBe('0 9 * * 1-5');
    expect(() => cronOf('at noon')).toThrow(/cron expression of five fields/);
  });

  it('matches minutes of London time, with lists, ranges, steps and Sunday as 0 or 7', () => {
    // 07:30 in London on Monday 1 June 2026 (summer time) is 06:30 UTC.
    const monday = new Date('2026-06-01T06:30:00Z');
    expect(cronMatches('30 7 * * *', monday)).toBe(true);
    expect(cronMatches('30 6 * * *', monday)).toBe(false);
    expect(cronMatches('*/15 7 * * 1-5', monday)).toBe(true);
    expect(cronMatches('0,30 7 1 6 1', monday)).toBe(true);
    expect(cronMatches('30 7 * * 0', new Date('2026-06-07T06:30:00Z'))).toBe(true);
    expect(cronMatches('30 7 * * 7', new Date('2026-06-07T06:30:00Z'))).toBe(true);
    expect(cronMatches('30 7 * * 6', monday)).toBe(false);
  });

  it('doubles the wait before each retry with back-off', () => {
    const options = { retryLimit: 3, retryDelaySeconds: 5, retryBackoff: true, expireInSeconds: 60 };
    expect([1, 2, 3].map((retry) => retryDelayMs(options, retry))).toEqual([5_000, 10_000, 20_000]);
    expect(retryDelayMs({ ...options, retryBackoff: false }, 3)).toBe(5_000);
  });
});
