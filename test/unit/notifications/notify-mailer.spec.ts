import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MailError, NotifyMailer, type OutgoingMessage } from '../../../src/notifications/mailer';

const KEY = 'tracker_test-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0';
const TEMPLATE = 'f33517ff-2a88-4f6e-b855-c550268ce08a';

interface Received {
  url: string;
  authorization: string;
  body: Record<string, unknown>;
}

/** A stand-in for GOV.UK Notify's API on a loopback port: answers each request with the next reply. */
async function fakeNotify(replies: { status: number; body: unknown }[]) {
  const received: Received[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({
        url: request.url ?? '',
        authorization: String(request.headers.authorization),
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
      });
      const reply = replies.shift() ?? { status: 500, body: {} };
      response.writeHead(reply.status, { 'Content-Type': 'application/json' }).end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, received, close: () => new Promise((resolve) => server.close(resolve)) };
}

const message: OutgoingMessage = {
  authorityId: 'authority-1',
  to: { email: 'joanne.whitfield@halton.example', name: 'Joanne Whitfield' },
  subject: 'Improvement plan updates: 2 due from you',
  body: 'Dear Joanne Whitfield, …',
  personalisation: {
    name: 'Joanne Whitfield',
    subject: 'Improvement plan updates: 2 due from you',
    body: '…',
    link: 'x',
  },
  reference: '9b0c6bd1-2f5c-4a51-9f4a-2f3f0c1d7e11',
};

describe('sending by GOV.UK Notify', () => {
  it('sends the digest template with its personalisation and reference, and keeps Notify’s id', async () => {
    const notify = await fakeNotify([{ status: 201, body: { id: 'notify-id-1' } }]);
    try {
      const sut = new NotifyMailer(
        { transport: 'notify', apiKey: KEY, digestTemplateId: TEMPLATE, replyToId: null },
        notify.base,
      );
      expect(await sut.send(message)).toEqual({ providerReference: 'notify-id-1' });
      expect(notify.received).toEqual([
        {
          url: '/v2/notifications/email',
          authorization: expect.stringMatching(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/),
          body: {
            template_id: TEMPLATE,
            email_address: 'joanne.whitfield@halton.example',
            personalisation: message.personalisation,
            reference: message.reference,
          },
        },
      ]);
      // The request is signed with the key; the key itself never travels.
      expect(notify.received[0].authorization).not.toContain('3d844edf-8d35-48ac-975b-e847b4f122b0');
    } finally {
      await notify.close();
    }
  });

  it('gives Notify’s own words as the reason when it refuses a message', async () => {
    const notify = await fakeNotify([
      {
        status: 400,
        body: {
          status_code: 400,
          errors: [{ error: 'BadRequestError', message: 'Can’t send to this recipient using a team-only API key' }],
        },
      },
    ]);
    try {
      const sut = new NotifyMailer(
        { transport: 'notify', apiKey: KEY, digestTemplateId: TEMPLATE, replyToId: null },
        notify.base,
      );
      const error = await sut.send(message).catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(MailError);
      expect((error as MailError).message).toBe(
        'GOV.UK Notify refused the message (400): BadRequestError: Can’t send to this recipient using a team-only API key',
      );
    } finally {
      await notify.close();
    }
  });
});
