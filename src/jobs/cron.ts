/**
 * Whether a five-field cron expression (minute hour day-of-month month day-of-week) matches a
 * minute of London time. Fields take `*`, numbers, lists, ranges and steps (`*\/15`, `1-5`).
 * The embedded runner's schedules use it; pg-boss reads the same expressions itself.
 */
export function cronMatches(cron: string, at: Date, timeZone = 'Europe/London'): boolean {
  const fields = cron.trim().split(/\s+/);
  if (fields.length !== 5) throw new Error(`"${cron}" is not a cron expression of five fields.`);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      minute: 'numeric',
      hour: 'numeric',
      day: 'numeric',
      month: 'numeric',
      weekday: 'short',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday);
  const values = [Number(parts.minute), Number(parts.hour), Number(parts.day), Number(parts.month), weekday];
  const ranges: [number, number][] = [
    [0, 59],
    [0, 23],
    [1, 31],
    [1, 12],
    [0, 7],
  ];
  return fields.every((field, index) => {
    const value = values[index];
    const [low, high] = ranges[index];
    return field.split(',').some((item) => {
      const [range, stepText] = item.split('/');
      const step = stepText === undefined ? 1 : Number(stepText);
      const [from, to] =
        range === '*'
          ? [low, high]
          : range.includes('-')
            ? range.split('-').map(Number)
            : [Number(range), stepText === undefined ? Number(range) : high];
      if (![from, to, step].every(Number.isInteger) || step < 1) {
        throw new Error(`"${cron}" is not a cron expression this runner reads.`);
      }
      const matches = (candidate: number) => candidate >= from && candidate <= to && (candidate - from) % step === 0;
      // Sunday is 0 or 7.
      return matches(value) || (index === 4 && value === 0 && matches(7));
    });
  });
}
