import { LogLevel } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { slackSender } from '../../src/outbox/slack.js';
import { FAULTS } from '../reliability/support/faults.js';
import { FakeSlack } from '../support/fake-slack.js';

const logger = createLogger(LogLevel.ERROR, [], () => {});
const row = { method: 'chat.postMessage', args: { channel: 'C1', text: 'hi' } };

let fake: FakeSlack;
beforeEach(async () => {
  fake = await new FakeSlack().start();
});
afterEach(() => fake.stop());

describe('sending an outbox message to Slack', () => {
  const send = () => slackSender('xoxb-outbox-test', logger, fake.apiUrl)(row);

  it('returns what Slack answered', async () => {
    expect(await send()).toMatchObject({ ok: true, result: { channel: 'C1' } });
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
    expect(await send()).toMatchObject({ ok: false, retry: true });
    fake.faults.delete('chat.postMessage');
    fake.failNext('chat.postMessage', 'channel_not_found');
    expect(await send()).toEqual({ ok: false, error: 'channel_not_found', retry: false });
  });

  it('a dropped connection may have reached Slack', async () => {
    fake.faults.set('chat.postMessage', FAULTS.drop);
    expect(await send()).toMatchObject({ ok: false, retry: true, maybeDelivered: true });
  });
});
