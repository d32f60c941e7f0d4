import type request from 'supertest';
import { EXAMPLE_PASSWORD } from '../../src/example/example.service';

type Agent = ReturnType<typeof request.agent>;

/** The CSRF token a page's forms carry. */
export function csrfFrom(html: string): string {
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error('The page has no CSRF field');
  return token;
}

/** Signs a cookie-keeping client in through the sign-in page, as a person would. */
export async function signInThroughPage(agent: Agent, email: string, password = EXAMPLE_PASSWORD): Promise<void> {
  const page = await agent.get('/sign-in').expect(200);
  await agent
    .post('/sign-in')
    .type('form')
    .send({ email, password, _csrf: csrfFrom(page.text), next: '/' })
    .expect(303)
    .expect('Location', '/');
}

/** The value of a cookie set by a response, or undefined. */
export function setCookie(response: request.Response, name: string): string | undefined {
  const cookies = (response.headers['set-cookie'] as unknown as string[] | undefined) ?? [];
  return cookies.find((cookie) => cookie.startsWith(`${name}=`));
}
