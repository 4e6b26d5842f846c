import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../blocks/ids.js';
import { decisions } from '../../src/store/schema.js';
import { ANSWERS, openAssessment, submission } from '../support/flow.js';
import { BOT_TOKEN, type Harness, startHarness } from '../support/harness.js';
import { signedHeaders, slashCommand } from '../support/slack-requests.js';
import { waitUntil } from '../support/wait.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

const slackCalls = (h: Harness) => h.fake.calls.filter((c) => c.method !== 'auth.test');

describe('request signing', () => {
  it('rejects a bad signature with 401 and touches nothing', async () => {
    const body = slashCommand({ command: COMMANDS.assess, text: 'x' });
    const res = await h.send(body, signedHeaders(body, undefined, 'not-the-secret'));
    expect(res.status).toBe(401);
    // Bolt answers 401 before any listener runs, so there is nothing to wait for.
    expect(slackCalls(h)).toHaveLength(0);
  });

  it('rejects a 10-minute-old timestamp with 401, even when correctly signed', async () => {
    const view = await openAssessment(h);
    const body = submission(view, ANSWERS);
    const res = await h.send(body, signedHeaders(body, Math.floor(Date.now() / 1000) - 600));
    expect(res.status).toBe(401);
    expect(h.db.select().from(decisions).all()).toHaveLength(0);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it("answers Slack's unsigned SSL check, and acts on nothing sent with it", async () => {
    // A form submission riding along: read as the body, it would record and post a decision.
    const view = await openAssessment(h);
    const smuggled = `ssl_check=1&${submission(view, ANSWERS)}`;
    const res = await h.send(smuggled, { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(200);
    // A submission is answered only once stored: by now it would be in the database.
    expect(h.db.select().from(decisions).all()).toHaveLength(0);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('rejects a body altered after signing', async () => {
    const body = slashCommand({ command: COMMANDS.assess, text: 'x' });
    const res = await h.send(`${body}&text=changed`, signedHeaders(body));
    expect(res.status).toBe(401);
  });
});

describe('errors', () => {
  it('reach the error handler and are logged without the token', async () => {
    h.expectErrorLogs();
    // Slack refuses the modal (its answer repeats the token, so only redaction keeps it out of
    // the log), and then the answer to the person cannot be delivered either.
    h.fake.failNext('views.open', `invalid_auth ${BOT_TOKEN}`);
    h.fake.faults.set('response_url', { httpStatus: 500 });
    const text = `token ${BOT_TOKEN} leaked?`;
    await h.send(
      slashCommand({ command: COMMANDS.assess, text, responseUrl: h.fake.responseUrl('e1') }),
    );
    await waitUntil(
      () => h.logs.find((line) => line.includes('Unhandled error')),
      'the error log line',
    );
    const errors = h.logs.filter((line) => line.includes(' ERROR ['));
    expect(errors.join('')).toContain('invalid_auth xoxb-[redacted]');
    expect(h.logs.join('')).not.toContain(BOT_TOKEN);
  });
});
