/**
 * A day's digest in words: one message per person, whatever number of actions it lists. Pure, so
 * the same words go by GOV.UK Notify, by SMTP and into the outbox.
 */
import { govukDate } from '../presentation/dates';
import type { Digest, Notice, NoticeKind } from './reminders';

export interface DigestMessage {
  subject: string;
  body: string;
  /** The periods the digest covers, e.g. "2009-10 Q3", or "2009-10 Q3, 2009-10 Q4". */
  periods: string;
  /** For a GOV.UK Notify template: ((name)), ((subject)), ((body)) and ((link)). */
  personalisation: Record<string, string>;
}

function days(count: number): string {
  return `${count} working ${count === 1 ? 'day' : 'days'}`;
}

function line(notice: Notice, baseUrl: string): string {
  const action = `${notice.planReference} ${notice.actionReference}: ${notice.actionTitle}`;
  const link = `${baseUrl}/plans/${notice.planId}/actions/${notice.actionId}`;
  if (notice.kind === 'owner') {
    const when =
      notice.workingDaysLate > 0
        ? `the update for ${notice.period} was due by ${govukDate(notice.periodEnd)} (${days(notice.workingDaysLate)} late)`
        : `the update for ${notice.period} is due by ${govukDate(notice.periodEnd)}`;
    return `* ${action} — ${when}\n  ${link}`;
  }
  const owner = notice.ownerName ?? 'no owner';
  return `* ${action} (owner: ${owner}) — no update for ${notice.period}, ${days(notice.workingDaysLate)} after it closed on ${govukDate(notice.periodEnd)}\n  ${link}`;
}

const HEADINGS: Record<NoticeKind, string> = {
  owner: 'Updates due from you',
  theme_lead: 'Overdue updates in the themes you lead',
  clerk: 'Overdue updates for the committee',
};

const ADVICE: Record<NoticeKind, (baseUrl: string) => string> = {
  owner: (baseUrl) => `Post each update from your actions: ${baseUrl}/my-actions`,
  theme_lead: () => 'Their owners have been reminded. Please follow these up.',
  clerk: () => 'Their owners and theme leads have been told already.',
};

export function digestMessage(digest: Digest, recipientName: string, baseUrl: string): DigestMessage {
  const base = baseUrl.replace(/\/+$/, '');
  const kinds = (['owner', 'theme_lead', 'clerk'] as const).filter((kind) =>
    digest.notices.some((notice) => notice.kind === kind),
  );
  const count = digest.notices.length;
  const overdue = digest.notices.filter((notice) => notice.workingDaysLate > 0).length;
  const subject =
    kinds.length === 1 && kinds[0] === 'owner'
      ? `Improvement plan updates: ${count} due from you`
      : `Improvement plan updates: ${count} to look at${overdue ? `, ${overdue} overdue` : ''}`;
  const sections = kinds.map((kind) => {
    const notices = digest.notices.filter((notice) => notice.kind === kind);
    return [
      `${HEADINGS[kind]} (${notices.length})`,
      '',
      ...notices.map((notice) => line(notice, base)),
      '',
      ADVICE[kind](base),
    ].join('\n');
  });
  const body = [
    ...sections,
    `You get this digest on the days you chose. To change them: ${base}/account/notifications`,
  ].join('\n\n');
  const periods = [...new Set(digest.notices.map((notice) => notice.period))].sort().join(', ');
  return {
    subject,
    body: `Dear ${recipientName},\n\n${body}\n`,
    periods,
    personalisation: { name: recipientName, subject, body, link: `${base}/my-actions` },
  };
}
