import type request from 'supertest';
import type { TestApp } from './test-app';

type Agent = ReturnType<typeof request.agent>;

/**
 * Prints a paper through the API as a client does: POST answers 202 with the job's address, which
 * is asked again until the job is done; returns the paper's record.
 */
export async function printThroughApi(
  sut: TestApp,
  planId: string,
  authorization: string,
  body: Record<string, unknown>,
): Promise<request.Response['body']> {
  const queued = await sut
    .http()
    .post(`/api/v1/plans/${planId}/papers`)
    .set('Authorization', authorization)
    .send(body)
    .expect(202);
  const location = queued.headers.location as string;
  const deadline = Date.now() + 120_000;
  for (;;) {
    const job = (await sut.http().get(location).set('Authorization', authorization).expect(200)).body;
    if (job.state === 'done') {
      return (await sut.http().get(job.result.href).set('Authorization', authorization).expect(200)).body;
    }
    if (job.state === 'failed') throw new Error(`The paper was not printed: ${job.reason}`);
    if (Date.now() > deadline) throw new Error(`The paper is still ${job.state} after two minutes.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Follows a printing page (the POST's 303) as its refresh would, until it links to the paper: the paper's id. */
export async function untilPrinted(agent: Agent, location: string): Promise<string> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const page = await agent.get(location).expect(200);
    const printed = /id="paper-link" href="[^"]*\?printed=([0-9a-f-]{36})/.exec(page.text);
    if (printed) return printed[1];
    if (page.text.includes('could not be printed')) throw new Error('The paper was not printed.');
    if (Date.now() > deadline) throw new Error('The paper is still printing after two minutes.');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
