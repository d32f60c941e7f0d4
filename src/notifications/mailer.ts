/**
 * The edge where messages leave the app: GOV.UK Notify, an SMTP server, or the outbox table when
 * neither is configured. Everything else sends through `Mailer` and never knows which.
 * Nothing here logs a key, a password or an SMTP URL.
 */
import { Logger } from '@nestjs/common';
import { NotifyClient } from 'notifications-node-client';
import { createTransport, type Transporter } from 'nodemailer';
import type { MailSettings } from '../config/app-config';
import type { MailTransportName } from './notification.entity';
import type { NotificationsRepository } from './notifications.repository';

export interface OutgoingMessage {
  authorityId: string;
  to: { email: string; name: string };
  subject: string;
  /** Plain text. */
  body: string;
  /** For GOV.UK Notify: the template's personalisation fields. */
  personalisation: Record<string, string>;
  /** The notification's id, given to the provider as its reference. */
  reference: string;
}

export interface Delivery {
  providerReference: string | null;
}

/** Sending failed: `message` is safe to record and to show an administrator. */
export class MailError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MailError';
  }
}

export abstract class Mailer {
  abstract readonly transport: MailTransportName;
  /** Sends one message; throws a MailError saying why it could not. */
  abstract send(message: OutgoingMessage): Promise<Delivery>;
  async close(): Promise<void> {}
}

const REASON_LENGTH = 1000;

function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // Credentials never belong in a reason, whatever a library puts in its message.
  return text.replace(/\b(smtps?):\/\/[^\s@/]*@/gi, '$1://').slice(0, REASON_LENGTH) || 'Unknown error';
}

export class NotifyMailer extends Mailer {
  readonly transport = 'notify' as const;
  private readonly client: NotifyClient;

  /** `apiBase` points the client at a stand-in for Notify's API in tests; production leaves it out. */
  constructor(
    private readonly settings: Extract<MailSettings, { transport: 'notify' }>,
    apiBase?: string,
  ) {
    super();
    this.client = apiBase ? new NotifyClient(apiBase, settings.apiKey) : new NotifyClient(settings.apiKey);
  }

  async send(message: OutgoingMessage): Promise<Delivery> {
    try {
      const response = await this.client.sendEmail(this.settings.digestTemplateId, message.to.email, {
        personalisation: message.personalisation,
        reference: message.reference,
        ...(this.settings.replyToId ? { emailReplyToId: this.settings.replyToId } : {}),
      });
      return { providerReference: (response.data as { id?: string } | undefined)?.id ?? null };
    } catch (error) {
      // Notify answers errors as { status_code, errors: [{ error, message }] }.
      const body = (
        error as { response?: { status?: number; data?: { errors?: { error: string; message: string }[] } } }
      ).response;
      const errors = body?.data?.errors;
      if (errors?.length) {
        throw new MailError(
          `GOV.UK Notify refused the message (${body?.status}): ${errors.map((e) => `${e.error}: ${e.message}`).join('; ')}`.slice(
            0,
            REASON_LENGTH,
          ),
        );
      }
      throw new MailError(`GOV.UK Notify could not be reached: ${reasonOf(error)}`);
    }
  }
}

export class SmtpMailer extends Mailer {
  readonly transport = 'smtp' as const;
  private readonly transporter: Transporter;

  constructor(private readonly settings: Extract<MailSettings, { transport: 'smtp' }>) {
    super();
    this.transporter = createTransport(settings.url);
  }

  async send(message: OutgoingMessage): Promise<Delivery> {
    try {
      const info = await this.transporter.sendMail({
        from: this.settings.from,
        to: { name: message.to.name, address: message.to.email },
        subject: message.subject,
        text: message.body,
        headers: { 'X-Tracker-Reference': message.reference },
      });
      return { providerReference: typeof info.messageId === 'string' ? info.messageId : null };
    } catch (error) {
      throw new MailError(`The SMTP server did not take the message: ${reasonOf(error)}`);
    }
  }

  override async close(): Promise<void> {
    this.transporter.close();
  }
}

/** Keeps each message in the outbox table, where administrators read it. */
export class OutboxMailer extends Mailer {
  readonly transport = 'outbox' as const;

  constructor(private readonly repository: NotificationsRepository) {
    super();
  }

  async send(message: OutgoingMessage): Promise<Delivery> {
    const id = await this.repository.addToOutbox({
      authorityId: message.authorityId,
      recipientEmail: message.to.email,
      recipientName: message.to.name,
      subject: message.subject,
      body: message.body,
    });
    return { providerReference: id };
  }
}

export function mailerFor(settings: MailSettings, repository: NotificationsRepository): Mailer {
  const logger = new Logger('Mail');
  switch (settings.transport) {
    case 'notify':
      logger.log('Messages go by GOV.UK Notify');
      return new NotifyMailer(settings);
    case 'smtp':
      logger.log('Messages go by SMTP');
      return new SmtpMailer(settings);
    case 'outbox':
      logger.log('No mail is configured: messages are kept in the outbox (/admin/outbox)');
      return new OutboxMailer(repository);
  }
}
