import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { slackSender } from '../../src/outbox/slack.js';
import { FAULTS } from '../reliability/support/faults.js';
import { freePort } from '../support/app-process.js';
import { FakeSlack } from '../support/fake-slack.js';

const row = { method: 'chat.postMessage', args: { channel: 'C1', text: 'hi' } };

let fake: FakeSlack;
beforeEach(async () => {
  fake = await new FakeSlack().start();
});
afterEach(() => fake.stop());

describe('sending an outbox message to Slack', () => {
  const claims: number[] = [];
  const claim = () => claims.push(performance.now()) > 0;
  const send = (r: { method: string; args: Record<string, unknown> } = row, c = claim) =>
    slackSender('xoxb-outbox-test', fake.apiUrl)(r, c);

  it('returns what settling needs from Slack’s answer, with the token sent as a header', async () => {
    expect(await send()).toEqual({
      ok: true,
      result: { channel: 'C1', ts: expect.stringMatching(/^\d+\.\d+$/) },
    });
    expect(fake.callsTo('chat.postMessage')[0]).toMatchObject({
      token: 'xoxb-outbox-test',
      args: { channel: 'C1', text: 'hi' },
    });
  });

  it('claims the message just before the request leaves; not claimed, nothing is sent', async () => {
    claims.length = 0;
    await send();
    expect(claims).toHaveLength(1);
    expect(claims[0]).toBeLessThanOrEqual(fake.callsTo('chat.postMessage')[0]?.at ?? 0);
    expect(await send(row, () => false)).toBeUndefined();
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('a message to a person goes to their DM with the app', async () => {
    const dm = { ...row, args: { channel: 'U0ALICE', text: 'hello' } };
    const sender = slackSender('xoxb-outbox-test', fake.apiUrl);
    expect(await sender(dm, claim)).toMatchObject({ ok: true });
    await sender(dm, claim);
    expect(fake.callsTo('conversations.open')).toHaveLength(1);
    expect(fake.callsTo('chat.postMessage').map((c) => c.args.channel)).toEqual([
      'D0ALICE',
      'D0ALICE',
    ]);
  });

  it('429 with Retry-After: retry after that long, one request made', async () => {
    fake.faults.set('chat.postMessage', FAULTS.rateLimited(17));
    expect(await send()).toEqual({
      ok: false,
      error: 'ratelimited',
      retry: true,
      retryAfterMs: 17_000,
    });
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('500: retry; a refusal such as channel_not_found: give up', async () => {
    fake.faults.set('chat.postMessage', FAULTS.serverError);
    expect(await send()).toEqual({ ok: false, error: 'HTTP 500', retry: true });
    fake.faults.delete('chat.postMessage');
    fake.failNext('chat.postMessage', 'channel_not_found');
    expect(await send()).toEqual({ ok: false, error: 'channel_not_found', retry: false });
  });

  it('a dropped connection may have reached Slack; a refused one never did', async () => {
    fake.faults.set('chat.postMessage', FAULTS.drop);
    expect(await send()).toMatchObject({ ok: false, retry: true, maybeDelivered: true });
    const closed = `http://127.0.0.1:${await freePort()}/api/`;
    const refused = await slackSender('xoxb-outbox-test', closed)(row, claim);
    expect(refused).toMatchObject({ ok: false, retry: true, maybeDelivered: false });
  });
});
