import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LogLevel, webApi } from '@slack/bolt';
import { addMilliseconds, addMinutes, addSeconds } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../blocks/ids.js';
import { createLogger } from '../../src/logger.js';
import { ReminderLoop } from '../../src/reminders/loop.js';
import { openDatabase } from '../../src/store/db.js';
import { setMessage, transition } from '../../src/store/decisions.js';
import { claimDue, recoverStale, reminderFor } from '../../src/store/reminders.js';
import { messageProblems } from '../support/block-kit.js';
import { adoptedWithFollowUp } from '../support/follow-ups.js';
import { type Harness, startHarness } from '../support/harness.js';
import { HOSTILE_TASK, HOSTILE_TASK_ESCAPED } from '../support/hostile-text.js';
import { NEUTRAL } from '../support/profiles.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

const due = new Date('2026-12-07T15:00:00Z');
const posts = () => h.fake.callsTo('chat.postMessage');

describe('follow-up loop', () => {
  it('asks in the decision’s thread, mentioning the requester, once the follow-up is due', async () => {
    const d = adoptedWithFollowUp(h, due);
    const later = adoptedWithFollowUp(h, addMinutes(due, 1));
    h.clock.now = due;
    expect(await h.followUps.tick()).toEqual({ sent: 1, retried: 0, failed: 0, interrupted: 0 });
    const [post] = posts();
    expect(post?.args).toMatchObject({ channel: d.messageChannel, thread_ts: d.messageTs });
    expect(String(post?.args.text)).toContain(`<@${d.requesterId}>`);
    const blocks = h.fake.blocksOf(post);
    expect(messageProblems(blocks)).toEqual([]);
    for (const id of [
      ACTIONS.worked,
      ACTIONS.didNotWork,
      ACTIONS.snooze,
      ACTIONS.abandonFromFollowUp,
    ]) {
      expect(JSON.stringify(blocks)).toContain(id);
    }
    expect(JSON.stringify(blocks)).toContain('Planned metrics');
    expect(reminderFor(h.db, d.id)).toMatchObject({ state: 'sent', sentTs: expect.any(String) });
    expect(reminderFor(h.db, later.id)?.state).toBe('pending');
    const [redraw] = await h.fake.waitFor('chat.update');
    expect(redraw?.args.ts).toBe(d.messageTs);
    expect(h.fake.callsTo('views.publish').map((c) => c.args.user_id)).toContain(d.requesterId);
    expect(await h.followUps.tick()).toEqual({ sent: 0, retried: 0, failed: 0, interrupted: 0 });
  });

  it('escapes the task it quotes, in the thread and in the DM that replaces it', async () => {
    const d = adoptedWithFollowUp(h, due, { profile: { ...NEUTRAL, task: HOSTILE_TASK } });
    h.fake.on('chat.postMessage', () => ({ ok: false, error: 'is_archived' }), 1);
    h.clock.now = due;
    expect((await h.followUps.tick()).failed).toBe(1);
    const [thread, dm] = posts();
    expect(thread?.args.thread_ts).toBe(d.messageTs);
    expect(dm?.args.channel).toBe(d.requesterId);
    for (const post of [thread, dm]) {
      const json = JSON.stringify(post?.args.blocks);
      expect(json).toContain(HOSTILE_TASK_ESCAPED);
      expect(json).not.toContain('<!channel>');
      expect(json).not.toContain('<http://evil');
    }
  });

  it('asks in the thread of the message wherever it was posted, and says so in its log', async () => {
    const d = adoptedWithFollowUp(h, due);
    setMessage(h.db, d.id, 'C0MOVED', '1763000000.999999', { actorId: 'U0ALICE', at: due });
    h.fake.failNext('chat.postMessage', 'internal_error');
    h.clock.now = due;
    await h.followUps.tick();
    expect(posts()[0]?.args).toMatchObject({ channel: 'C0MOVED', thread_ts: '1763000000.999999' });
    expect(h.logs.join('')).toContain(
      `WARN [finetune-or-prompt] Follow-up of decision #${d.id}, attempt 1: retry (internal_error)`,
    );
  });

  it('does not ask about a decision concluded meanwhile', async () => {
    const d = adoptedWithFollowUp(h, due);
    transition(h.db, d.id, 'abandoned', {
      actorId: 'U0ALICE',
      at: due,
      kind: 'abandoned',
      details: {},
    });
    h.clock.now = due;
    expect(await h.followUps.tick()).toEqual({ sent: 0, retried: 0, failed: 0, interrupted: 0 });
    expect(posts()).toEqual([]);
    expect(reminderFor(h.db, d.id)).toMatchObject({
      state: 'failed',
      lastError: 'decision no longer open',
    });
  });

  it('sends no DM for a claim another process took over while Slack did not answer', async () => {
    const d = adoptedWithFollowUp(h, due);
    h.fake.on(
      'chat.postMessage',
      () => {
        recoverStale(h.db, addMinutes(due, 10), due); // taken for dead meanwhile
        return { drop: true };
      },
      1,
    );
    h.clock.now = due;
    expect((await h.followUps.tick()).interrupted).toBe(0);
    expect(posts()).toHaveLength(1);
    expect(reminderFor(h.db, d.id)?.state).toBe('interrupted');
  });

  it('logs an error, and goes on, when even the DM to the requester fails', async () => {
    h.expectErrorLogs();
    const d = adoptedWithFollowUp(h, due);
    h.fake.on('chat.postMessage', () => ({ ok: false, error: 'is_archived' }), 2);
    h.clock.now = due;
    expect((await h.followUps.tick()).failed).toBe(1);
    expect(h.logs.join('')).toContain(
      `ERROR [finetune-or-prompt] Could not tell <@${d.requesterId}> about follow-up #${d.id}:`,
    );
  });

  it('retries a refusal with backoff, then sends', async () => {
    const d = adoptedWithFollowUp(h, due);
    h.fake.failNext('chat.postMessage', 'internal_error');
    h.clock.now = due;
    expect((await h.followUps.tick()).retried).toBe(1);
    expect(reminderFor(h.db, d.id)).toMatchObject({
      state: 'pending',
      lastError: 'internal_error',
      nextAttemptAt: addSeconds(due, 30),
    });
    h.clock.now = addSeconds(due, 29);
    expect((await h.followUps.tick()).sent).toBe(0);
    h.clock.now = addSeconds(due, 30);
    expect((await h.followUps.tick()).sent).toBe(1);
    expect(posts()).toHaveLength(2);
  });

  it('honours Retry-After on a rate limit', async () => {
    const d = adoptedWithFollowUp(h, due);
    h.fake.on(
      'chat.postMessage',
      () => ({ httpStatus: 429, headers: { 'retry-after': '300' } }),
      1,
    );
    h.clock.now = due;
    await h.followUps.tick();
    expect(reminderFor(h.db, d.id)?.nextAttemptAt).toEqual(addSeconds(due, 300));
  });

  it('gives up after the configured attempts and tells the requester by DM, with the buttons', async () => {
    const d = adoptedWithFollowUp(h, due);
    h.fake.on('chat.postMessage', (args) =>
      args.thread_ts
        ? { ok: false, error: 'internal_error' }
        : { ok: true, ts: '9.9', channel: args.channel },
    );
    h.clock.now = due;
    for (let i = 0; i < 4; i++) {
      await h.followUps.tick();
      h.clock.now = addMinutes(h.clock.now, 60);
    }
    expect(reminderFor(h.db, d.id)).toMatchObject({ state: 'pending', attempts: 4 });
    expect(posts().filter((c) => c.args.channel === d.requesterId)).toEqual([]);
    await h.followUps.tick();
    expect(reminderFor(h.db, d.id)).toMatchObject({ state: 'failed', attempts: 5 });
    const dm = posts().find((c) => c.args.channel === d.requesterId);
    expect(String(dm?.args.text)).toContain('internal_error');
    expect(JSON.stringify(dm?.args.blocks)).toContain(ACTIONS.worked);
  });

  it('does not retry what can never work', async () => {
    const d = adoptedWithFollowUp(h, due);
    h.fake.failNext('chat.postMessage', 'is_archived');
    h.clock.now = due;
    expect((await h.followUps.tick()).failed).toBe(1);
    expect(reminderFor(h.db, d.id)?.state).toBe('failed');
  });

  it('never posts again when Slack may already have it (no answer), and says so by DM', async () => {
    const d = adoptedWithFollowUp(h, due);
    h.fake.on('chat.postMessage', () => ({ drop: true }), 1);
    h.clock.now = due;
    expect((await h.followUps.tick()).interrupted).toBe(1);
    h.clock.now = addMinutes(due, 600);
    await h.followUps.tick();
    expect(posts().filter((c) => c.args.thread_ts)).toHaveLength(1);
    expect(reminderFor(h.db, d.id)?.state).toBe('interrupted');
    expect(posts().find((c) => c.args.channel === d.requesterId)?.args.text).toMatch(
      /may or may not/,
    );
  });

  it('treats a claim its process never settled as interrupted (restart mid-post)', async () => {
    const d = adoptedWithFollowUp(h, due);
    claimDue(h.db, due, 'crashed-process', 10);
    // A claim is taken for dead once it is 2 minutes old, not a millisecond sooner.
    h.clock.now = addMilliseconds(due, 119_999);
    expect((await h.followUps.tick()).interrupted).toBe(0);
    h.clock.now = addMinutes(due, 2);
    expect((await h.followUps.tick()).interrupted).toBe(1);
    expect(posts().filter((c) => c.args.thread_ts)).toHaveLength(0);
    expect(reminderFor(h.db, d.id)?.state).toBe('interrupted');
    const dm = posts().find((c) => c.args.channel === d.requesterId);
    expect(String(dm?.args.text)).toMatch(/^I was interrupted while asking this in the thread/);
  });

  it('sends what fell due while the app was down as soon as it starts', async () => {
    const d = adoptedWithFollowUp(h, due);
    h.clock.now = addMinutes(due, 60 * 24 * 3);
    h.followUps.start(3600);
    await h.fake.waitFor('chat.postMessage');
    await h.followUps.stop();
    expect(reminderFor(h.db, d.id)?.state).toBe('sent');
  });
});

describe('two loops on one database', () => {
  it('send each reminder exactly once', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'loops-')), 'decisions.db');
    const dbs = [openDatabase(path), openDatabase(path)];
    const [first] = dbs;
    if (!first) throw new Error('no database');
    const hh = { ...h, db: first };
    const made = Array.from({ length: 40 }, () => adoptedWithFollowUp(hh, due).id);
    const logger = createLogger(LogLevel.ERROR, [], () => {});
    const client = new webApi.WebClient('xoxb-two-loops', {
      slackApiUrl: h.fake.apiUrl,
      retryConfig: { retries: 0 },
    });
    const loops = dbs.map(
      (db, i) =>
        new ReminderLoop({
          ctx: { db, client, now: () => due, logger, defaultTimeZone: 'UTC' },
          poster: client,
          worker: `loop-${i}`,
          maxAttempts: 3,
          batchSize: 5,
          concurrency: 3,
        }),
    );
    const results = await Promise.all([
      loops[0]?.tick(),
      loops[1]?.tick(),
      loops[0]?.tick(),
      loops[1]?.tick(),
    ]);
    const threads = posts().map((c) => c.args.thread_ts);
    expect(threads).toHaveLength(made.length);
    expect(new Set(threads).size).toBe(made.length);
    expect(results.reduce((n, r) => n + (r?.sent ?? 0), 0)).toBe(made.length);
    expect(results[0]?.sent).toBeGreaterThan(0);
    expect(results[1]?.sent).toBeGreaterThan(0);
    for (const db of dbs) db.$client.close();
  });
});
