import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../../src/config/app-config';

const KEY = 'tracker_live-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0';
const TEMPLATE = 'f33517ff-2a88-4f6e-b855-c550268ce08a';

function load(env: Record<string, string>) {
  return loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'tracker-mail-config-')), ...env });
}

function errorFor(env: Record<string, string>): ConfigError {
  try {
    load(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('mail and reminder settings', () => {
  it('keeps messages in the outbox when neither GOV.UK Notify nor SMTP is configured', () => {
    const sut = load({});
    expect(sut.mail).toEqual({ transport: 'outbox' });
    expect(sut.publicUrl).toBe('http://localhost:3000');
    expect(sut.reminders).toEqual({ beforeWorkingDays: 5, escalateAfterWorkingDays: 5, dailyAt: '07:00' });
  });

  it('sends by GOV.UK Notify with an API key and the digest template', () => {
    expect(load({ NOTIFY_API_KEY: KEY, NOTIFY_DIGEST_TEMPLATE_ID: TEMPLATE }).mail).toEqual({
      transport: 'notify',
      apiKey: KEY,
      digestTemplateId: TEMPLATE,
      replyToId: null,
    });
    expect(errorFor({ NOTIFY_API_KEY: KEY }).variable).toBe('NOTIFY_DIGEST_TEMPLATE_ID');
    const wrongKey = errorFor({ NOTIFY_API_KEY: 'not-a-key', NOTIFY_DIGEST_TEMPLATE_ID: TEMPLATE });
    expect(wrongKey.variable).toBe('NOTIFY_API_KEY');
    expect(wrongKey.message).not.toContain('not-a-key');
    expect(errorFor({ NOTIFY_API_KEY: KEY, NOTIFY_DIGEST_TEMPLATE_ID: 'digest' }).variable).toBe(
      'NOTIFY_DIGEST_TEMPLATE_ID',
    );
  });

  it('sends by SMTP from a URL, or from a host, port, user and password', () => {
    expect(load({ SMTP_URL: 'smtp://mail.council.example:25', MAIL_FROM: 'tracker@council.example' }).mail).toEqual({
      transport: 'smtp',
      url: 'smtp://mail.council.example:25',
      from: 'tracker@council.example',
    });
    expect(
      load({
        SMTP_HOST: 'mail.council.example',
        SMTP_PORT: '465',
        SMTP_USER: 'tracker@council.example',
        SMTP_PASS: 'p@ss word',
        MAIL_FROM: 'Improvement Tracker <tracker@council.example>',
      }).mail,
    ).toEqual({
      transport: 'smtp',
      url: 'smtps://tracker%40council.example:p%40ss%20word@mail.council.example:465',
      from: 'Improvement Tracker <tracker@council.example>',
    });
  });

  it('names the wrong variable, and never repeats a secret', () => {
    const url = errorFor({ SMTP_URL: 'http://user:secret@mail.example', MAIL_FROM: 'a@b.example' });
    expect(url.variable).toBe('SMTP_URL');
    expect(url.message).not.toContain('secret');
    expect(errorFor({ SMTP_URL: 'smtp://mail.example' }).variable).toBe('MAIL_FROM');
    expect(errorFor({ SMTP_HOST: 'mail.example', SMTP_USER: 'u', MAIL_FROM: 'a@b.example' }).variable).toBe(
      'SMTP_PASS',
    );
    expect(errorFor({ SMTP_PORT: '25' }).variable).toBe('SMTP_HOST');
    expect(errorFor({ SMTP_HOST: 'mail.example', SMTP_PORT: '0', MAIL_FROM: 'a@b.example' }).variable).toBe(
      'SMTP_PORT',
    );
    expect(errorFor({ SMTP_URL: 'smtp://mail.example', MAIL_FROM: 'a@b.example', NOTIFY_API_KEY: KEY }).variable).toBe(
      'NOTIFY_API_KEY',
    );
  });

  it('reads the public address and the working days of reminders and escalations', () => {
    const sut = load({
      PUBLIC_URL: 'https://tracker.council.example/',
      REMINDER_WORKING_DAYS: '3',
      ESCALATION_WORKING_DAYS: '10',
    });
    expect(sut.publicUrl).toBe('https://tracker.council.example');
    expect(sut.reminders).toEqual({ beforeWorkingDays: 3, escalateAfterWorkingDays: 10, dailyAt: '07:00' });
    expect(load({ REMINDERS_DAILY_AT: '06:30' }).reminders.dailyAt).toBe('06:30');
    expect(load({ REMINDERS_DAILY_AT: 'off' }).reminders.dailyAt).toBeNull();
    expect(errorFor({ REMINDERS_DAILY_AT: '7am' }).variable).toBe('REMINDERS_DAILY_AT');
    expect(errorFor({ PUBLIC_URL: 'tracker.council.example' }).variable).toBe('PUBLIC_URL');
    expect(errorFor({ REMINDER_WORKING_DAYS: 'five' }).variable).toBe('REMINDER_WORKING_DAYS');
    expect(errorFor({ ESCALATION_WORKING_DAYS: '0' }).variable).toBe('ESCALATION_WORKING_DAYS');
  });
});
