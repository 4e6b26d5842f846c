import { LogLevel } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS, COMMANDS } from '../../blocks/ids.js';
import { decisions } from '../../src/store/schema.js';
import { ANSWERS, assessAndPost, openAssessment, submission } from '../support/flow.js';
import { type Harness, startHarness } from '../support/harness.js';
import {
  ALICE,
  buttonClick,
  eventCallback,
  interaction,
  signedHeaders,
  slashCommand,
} from '../support/slack-requests.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
  h.logger.setLevel(LogLevel.INFO);
});
afterEach(() => h.close());

const JSON_TYPE = 'application/json';
/** Sends `body` as Slack does, then again as its first retry; both must be acknowledged. */
async function deliverTwice(body: string, contentType?: string) {
  const headers = signedHeaders(body, undefined, undefined, contentType);
  const first = await h.send(body, headers);
  expect(first.status, h.logs.join('')).toBe(200);
  const retry = { ...headers, 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' };
  expect((await h.send(body, retry)).status).toBe(200);
}
/**
 * The app's own word that it dropped the retry (it logs this, acknowledges, and does nothing
 * more): so what the first delivery did is all there will be.
 */
function expectRetrySkipped() {
  expect(h.logs.join('')).toMatch(/INFO .*Retry 1 of (trigger|event):\S+ skipped/);
}

describe('a request Slack delivers again (X-Slack-Retry-Num)', () => {
  it('a slash command opens one modal', async () => {
    await deliverTwice(slashCommand({ command: COMMANDS.assess, text: 'once' }));
    expectRetrySkipped();
    await h.fake.waitFor('views.open');
    expect(h.fake.callsTo('views.open')).toHaveLength(1);
  });

  it('a view submission records one decision and posts it once', async () => {
    const view = await openAssessment(h, '', undefined, true);
    await deliverTwice(submission(view, ANSWERS));
    expectRetrySkipped();
    await h.fake.waitFor('chat.postMessage');
    expect(h.db.select().from(decisions).all()).toHaveLength(1);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('a button click acts once', async () => {
    const d = await assessAndPost(h);
    const opened = h.fake.callsTo('views.open').length;
    const click = buttonClick({
      actionId: ACTIONS.details,
      value: String(d.id),
      channelId: d.messageChannel ?? d.channelId,
      messageTs: d.messageTs ?? '0.0',
      responseUrl: h.fake.responseUrl('click'),
      user: ALICE,
    });
    await deliverTwice(interaction(click));
    expectRetrySkipped();
    await h.fake.waitFor('views.open', opened + 1);
    expect(h.fake.callsTo('views.open')).toHaveLength(opened + 1);
  });

  it('an event is handled once', async () => {
    await deliverTwice(
      eventCallback({ type: 'app_home_opened', user: ALICE.id, tab: 'home' }),
      JSON_TYPE,
    );
    expectRetrySkipped();
    await h.fake.waitFor('views.publish');
    expect(h.fake.callsTo('views.publish')).toHaveLength(1);
  });
});
