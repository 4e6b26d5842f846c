import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../support/harness.js';
import { signedHeaders } from '../support/slack-requests.js';
import { malformedRequests } from './support/malformed.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

const send = (body: string, contentType: string) =>
  h.send(body, signedHeaders(body, undefined, undefined, contentType));
const refusals = () => h.logs.filter((l) => / WARN .*Malformed request/.test(l));

describe('malformed signed requests', () => {
  it('payload=null gets 400 and one warn line saying the body is null', async () => {
    const res = await send('payload=null', 'application/x-www-form-urlencoded');
    expect(res.status).toBe(400);
    expect(refusals()).toHaveLength(1);
    expect(refusals()[0]).toContain('the body is null');
  });

  it('a JSON body of null gets 400 and one warn line', async () => {
    expect((await send('null', 'application/json')).status).toBe(400);
    expect(refusals()).toHaveLength(1);
  });

  it('each field missing, mistyped or huge: 200 or 400 at once, one warn per 400, no error, no stack', async () => {
    const requests = malformedRequests(h.fake.responseUrl('malformed'));
    const wrong: string[] = [];
    let refused = 0;
    for (const r of requests) {
      const before = refusals().length;
      const { status } = await send(r.body, r.contentType);
      const warned = refusals().length - before;
      if (status === 400) refused++;
      // A refusal is logged before the answer; a listener may warn just after acking.
      if ((status === 400 && warned !== 1) || (status !== 200 && status !== 400) || warned > 1)
        wrong.push(`${r.name}: ${status}, ${warned} warnings`);
    }
    expect(wrong).toEqual([]);
    expect(refused).toBeGreaterThan(requests.length / 4);
    expect(refusals().length).toBeLessThanOrEqual(requests.length);
    expect(h.logs.filter((l) => / ERROR /.test(l) || /\n\s+at /.test(l))).toEqual([]);
  });

  it('a listener that finds a bad button value refuses it with a warning, not an error', async () => {
    const { buttonClick, interaction } = await import('../support/slack-requests.js');
    const body = interaction(
      buttonClick({
        actionId: 'decision_log_page_1',
        value: '{"q": 5}',
        channelId: 'C0GENERAL',
        messageTs: '1763900000.000001',
        responseUrl: h.fake.responseUrl('page'),
      }),
    );
    expect((await send(body, 'application/x-www-form-urlencoded')).status).toBe(200);
    await expect.poll(() => refusals().length).toBe(1);
    expect(refusals()[0]).toContain('q:');
    expect(h.logs.filter((l) => / ERROR /.test(l))).toEqual([]);
  });
});
