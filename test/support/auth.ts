import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HALTON_EXAMPLE } from '../../src/example/halton.example';
import { EXAMPLE_PASSWORD } from '../../src/example/example.service';
import { ExampleRepository } from '../../src/example/example.repository';
import type { ExampleData } from '../../src/example/example-data';
import { PasswordHasher } from '../../src/auth/password-hasher';
import { runWithContext } from '../../src/common/request-context';
import type { TestApp } from './test-app';

export const ROLE_EMAILS = {
  admin: 'admin@halton.example',
  clerk: 'clerk@halton.example',
  owner: 'owner@halton.example',
  scrutiny: 'scrutiny@halton.example',
} as const;

/** A bearer token for an example user, got the way a script would: POST /api/v1/auth/tokens. */
export async function tokenFor(sut: TestApp, email: string, password = EXAMPLE_PASSWORD): Promise<string> {
  const response = await sut
    .http()
    .post('/api/v1/auth/tokens')
    .send({ email, password, name: `test ${email}`, expiresInDays: 7 });
  if (response.status !== 201)
    throw new Error(`No token for ${email}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.token;
}

/** Bearer tokens for the four example roles. */
export async function tokensByRole(sut: TestApp): Promise<Record<keyof typeof ROLE_EMAILS, string>> {
  return {
    admin: await tokenFor(sut, ROLE_EMAILS.admin),
    clerk: await tokenFor(sut, ROLE_EMAILS.clerk),
    owner: await tokenFor(sut, ROLE_EMAILS.owner),
    scrutiny: await tokenFor(sut, ROLE_EMAILS.scrutiny),
  };
}

/**
 * A second, complete authority (a copy of the Halton example under another name, code and
 * email domain), to prove that one authority never sees another's data.
 */
export const OTHERTON: ExampleData = {
  ...HALTON_EXAMPLE,
  authority: { name: 'Otherton Borough Council', onsCode: 'E06099999', region: 'North West' },
  users: HALTON_EXAMPLE.users.map((user) => ({
    ...user,
    email: user.email.replace('@halton.example', '@otherton.example'),
  })),
  themeLeads: HALTON_EXAMPLE.themeLeads.map((lead) => ({
    ...lead,
    userEmail: lead.userEmail?.replace('@halton.example', '@otherton.example') ?? null,
  })),
  actions: HALTON_EXAMPLE.actions.map((action) => ({
    ...action,
    ownerEmail: action.ownerEmail?.replace('@halton.example', '@otherton.example') ?? null,
  })),
  updates: HALTON_EXAMPLE.updates.map((update) => ({
    ...update,
    authorEmail: update.authorEmail.replace('@halton.example', '@otherton.example'),
  })),
  recommendations: HALTON_EXAMPLE.recommendations.map((recommendation) => ({
    ...recommendation,
    text: recommendation.text.replace(/Halton/g, 'Otherton'),
  })),
  plan: { ...HALTON_EXAMPLE.plan, reference: 'OTHERTON-JAR-2008' },
};

/** Loads Otherton through the real loader; returns its authority id. */
export async function loadOtherton(sut: TestApp): Promise<string> {
  const hasher = new PasswordHasher();
  const hash = await hasher.hash(EXAMPLE_PASSWORD);
  const hashes = new Map(OTHERTON.users.map((user) => [user.email, hash]));
  // The Halton paper, renamed: the loader imports and breaks it down like any other.
  const text = readFileSync(join(__dirname, '../../src/example/halton-jar-executive-board-2008.txt'), 'utf8').replace(
    /Halton/g,
    'Otherton',
  );
  return runWithContext({ requestId: null, caller: null, systemActor: 'test: second authority' }, () =>
    sut.app.get(ExampleRepository).load(OTHERTON, { bytes: Buffer.from(text), text }, hashes),
  );
}
