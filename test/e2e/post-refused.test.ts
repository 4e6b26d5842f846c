import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../blocks/ids.js';
import { listEvents } from '../../src/store/events.js';
import { type Decision, decisions } from '../../src/store/schema.js';
import { messageProblems } from '../support/block-kit.js';
import { click } from '../support/clicks.js';
import { ANSWERS, openAssessment, submission } from '../support/flow.js';
import { type Harness, startHarness } from '../support/harness.js';
import { ALICE } from '../support/slack-requests.js';
import { waitUntil } from '../support/wait.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

async function submitRefused(error: string) {
  h.fake.failNext('chat.postMessage', error);
  const before = h.fake.callsTo('chat.postMessage').length;
  const view = await openAssessment(h, '', { id: 'C0LOCKED', name: 'locked' }, true);
  await h.send(submission(view, ANSWERS, { viewId: `V${before}` }));
  const posts = await h.fake.waitFor('chat.postMessage', before + 2);
  return posts[before + 1];
}

describe('when Slack refuses the post', () => {
  it('keeps the decision and tells the requester privately how to fix it, with a retry button', async () => {
    const notice = await submitRefused('not_in_channel');
    const [dm] = h.fake.callsTo('conversations.open');
    expect(dm?.args.users).toBe(ALICE.id);
    expect(notice?.args.channel).toBe(`D${ALICE.id.slice(1)}`);
    const blocks = h.fake.blocksOf(notice);
    expect(messageProblems(blocks)).toEqual([]);
    expect(JSON.stringify(blocks)).toContain('/invite @finetune-or-prompt');
    expect(JSON.stringify(blocks)).toContain(ACTIONS.repost);
    const row = h.db.select().from(decisions).get();
    expect(row).toMatchObject({
      task: ANSWERS.task,
      profile: ANSWERS,
      messageTs: null,
      status: 'proposed',
    });
  });

  it('explains each refusal in its own words', async () => {
    const cases = [
      ['channel_not_found', 'probably private'],
      ['is_archived', 'archived'],
      ['restricted_action', 'Ask an admin'],
    ] as const;
    for (const [error, words] of cases) {
      const notice = await submitRefused(error);
      expect(JSON.stringify(notice?.args.blocks), error).toContain(words);
    }
  });

  it('a rate limit (HTTP 429): the requester is told at once, and it is posted after Retry-After', async () => {
    h.fake.on('chat.postMessage', () => ({ httpStatus: 429, headers: { 'retry-after': '30' } }), 1);
    const view = await openAssessment(h, '', undefined, true);
    await h.send(submission(view, ANSWERS));
    const [note] = await h.fake.waitFor('chat.postEphemeral');
    expect(note?.args).toMatchObject({ channel: 'C0GENERAL', user: ALICE.id });
    expect(String(note?.args.text)).toContain('`ratelimited`');
    expect(String(note?.args.text)).toContain("I'll keep trying");
    h.clock.now = new Date(h.clock.now.getTime() + 29_000);
    await h.outbox.runOnce();
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
    h.clock.now = new Date(h.clock.now.getTime() + 1_000);
    const [, post] = await h.fake.waitFor('chat.postMessage', 2);
    expect(post?.args.channel).toBe('C0GENERAL');
    await waitUntil(() => h.db.select().from(decisions).get()?.messageTs ?? undefined);
  });

  it('Post it now posts the decision once fixed and replaces the notice', async () => {
    await submitRefused('not_in_channel');
    const row = h.db.select().from(decisions).get();
    expect((await click(h, ACTIONS.repost, row as Decision)).status).toBe(200);
    const [reply] = await h.fake.waitFor('response_url');
    expect(reply?.args).toMatchObject({ replace_original: true });
    expect(String(reply?.args.text)).toContain('now posted');
    const posts = h.fake.callsTo('chat.postMessage');
    expect(posts).toHaveLength(3);
    expect(posts[2]?.args.channel).toBe('C0LOCKED');
    const after = h.db.select().from(decisions).get();
    expect(after?.messageTs).toMatch(/^\d+\.\d+$/);
    expect(listEvents(h.db, after?.id ?? 0).map((e) => e.kind)).toEqual(['created', 'posted']);
  });

  it('Post it now, refused again, says so in new words and keeps the button', async () => {
    const first = await submitRefused('not_in_channel');
    h.fake.failNext('chat.postMessage', 'not_in_channel');
    const row = h.db.select().from(decisions).get();
    await click(h, ACTIONS.repost, row as Decision);
    const [reply] = await h.fake.waitFor('response_url');
    expect(JSON.stringify(reply?.args.blocks)).toContain(ACTIONS.repost);
    expect(reply?.args.text).not.toBe(first?.args.text);
    expect(String(reply?.args.text)).toMatch(
      /^Attempt 2 at <!date\^\d+\^\{time\}\|10:00 UTC>: Slack still refused to post decision #1/,
    );
    expect(h.db.select().from(decisions).get()?.messageTs).toBeNull();
  });
});
