import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addMinutes, addSeconds } from 'date-fns';
import { afterEach, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../blocks/ids.js';
import { contextOf } from '../../src/decisions/context.js';
import { askDueFollowUps } from '../../src/decisions/follow-up-delivery.js';
import { createOutbox } from '../../src/outbox/create.js';
import { ReminderLoop } from '../../src/reminders/loop.js';
import { openDatabase } from '../../src/store/db.js';
import { claimOne } from '../../src/store/outbox.js';
import { reminderFor } from '../../src/store/reminders.js';
import { outbox } from '../../src/store/schema.js';
import { messageProblems } from '../support/block-kit.js';
import { adoptedWithFollowUp } from '../support/follow-ups.js';
import { type Harness, startHarness } from '../support/harness.js';
import { HOSTILE_TASK, HOSTILE_TASK_ESCAPED } from '../support/hostile-text.js';
import { NEUTRAL } from '../support/profiles.js';
import { waitUntil } from '../support/wait.js';

let h: Harness;
afterEach(() => h.close());

const due = new Date('2026-12-07T15:00:00Z');
const posts = () => h.fake.callsTo('chat.postMessage');
const inThread = () => posts().filter((c) => c.args.thread_ts);
/** The DM the requester got about their follow-up, once they have it. */
const dm = (requester: string) =>
  waitUntil(() => posts().find((c) => c.args.channel === `D${requester.slice(1)}`), 'the DM');

describe('follow-up loop', () => {
  it('asks in the decision’s thread, mentioning the requester, once the follow-up is due', async () => {
    h = await startHarness();
    const d = adoptedWithFollowUp(h, due);
    const later = adoptedWithFollowUp(h, addMinutes(due, 1));
    h.clock.now = due;
    expect(await h.followUps.tick()).toEqual({ sent: 1, retried: 0, failed: 0 });
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
    expect(JSON.stringify(blocks)).toContain('*Planned:* Task accuracy');
    expect(reminderFor(h.db, d.id)).toMatchObject({
      state: 'sent',
      sentTs: expect.any(String),
    });
    expect(reminderFor(h.db, later.id)?.state).toBe('pending');
    const [redraw] = await h.fake.waitFor('chat.update');
    expect(redraw?.args.ts).toBe(d.messageTs);
    await waitUntil(() =>
      h.fake.callsTo('views.publish').find((c) => c.args.user_id === d.requesterId),
    );
    expect(await h.followUps.tick()).toEqual({ sent: 0, retried: 0, failed: 0 });
  });

  it('escapes the task it quotes, in the thread and in the DM that replaces it', async () => {
    h = await startHarness();
    const d = adoptedWithFollowUp(h, due, { profile: { ...NEUTRAL, task: HOSTILE_TASK } });
    h.fake.on('chat.postMessage', () => ({ ok: false, error: 'is_archived' }), 1);
    h.clock.now = due;
    await h.followUps.tick();
    const [thread] = inThread();
    expect(thread?.args.thread_ts).toBe(d.messageTs);
    for (const post of [thread, await dm(d.requesterId)]) {
      const json = JSON.stringify(post?.args.blocks);
      expect(json).toContain(HOSTILE_TASK_ESCAPED);
      expect(json).not.toContain('<!channel>');
      expect(json).not.toContain('<http://evil');
    }
  });

  it('retries a refusal with backoff, then sends', async () => {
    h = await startHarness();
    const d = adoptedWithFollowUp(h, due);
    h.fake.failNext('chat.postMessage', 'internal_error');
    h.clock.now = due;
    expect((await h.followUps.tick()).retried).toBe(1);
    const row = h.db.select().from(outbox).get();
    expect(row).toMatchObject({
      state: 'pending',
      lastError: 'internal_error',
      nextAttemptAt: addSeconds(due, 2),
    });
    expect(reminderFor(h.db, d.id)?.state).toBe('sending');
    h.clock.now = addSeconds(due, 2);
    await waitUntil(() => (reminderFor(h.db, d.id)?.state === 'sent' ? true : undefined));
    expect(inThread()).toHaveLength(2);
  });

  it('waits 2 s before trying again, doubling each time, never more than 5 minutes', async () => {
    h = await startHarness({ OUTBOX_MAX_ATTEMPTS: '11' });
    adoptedWithFollowUp(h, due);
    h.fake.on('chat.postMessage', () => ({ ok: false, error: 'internal_error' }));
    h.clock.now = due;
    await h.followUps.tick();
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 10; attempt++) {
      const row = await waitUntil(() => {
        const r = h.db.select().from(outbox).get();
        return r?.attempts === attempt && r.state === 'pending' ? r : undefined;
      }, `attempt ${attempt} rescheduled`);
      waits.push((row.nextAttemptAt.getTime() - h.clock.now.getTime()) / 1000);
      if (attempt < 10) h.clock.now = row.nextAttemptAt;
    }
    expect(waits).toEqual([2, 4, 8, 16, 32, 64, 128, 256, 300, 300]);
    expect(inThread()).toHaveLength(10);
  });

  it('honours Retry-After on a rate limit', async () => {
    h = await startHarness();
    adoptedWithFollowUp(h, due);
    h.fake.on(
      'chat.postMessage',
      () => ({ httpStatus: 429, headers: { 'retry-after': '300' } }),
      1,
    );
    h.clock.now = due;
    await h.followUps.tick();
    expect(h.db.select().from(outbox).get()?.nextAttemptAt).toEqual(addSeconds(due, 300));
  });

  it('gives up after the configured attempts and tells the requester by DM, with the buttons', async () => {
    h = await startHarness({ OUTBOX_MAX_ATTEMPTS: '3' });
    const d = adoptedWithFollowUp(h, due);
    h.fake.on('chat.postMessage', (args) =>
      args.thread_ts
        ? { ok: false, error: 'internal_error' }
        : { ok: true, ts: '9.9', channel: args.channel },
    );
    h.clock.now = due;
    await h.followUps.tick();
    // Each attempt settled (retried, then given up) before the clock moves on to the next one.
    for (let attempt = 2; attempt <= 3; attempt++) {
      h.clock.now = addMinutes(h.clock.now, 10);
      await waitUntil(() => {
        const row = h.db.select().from(outbox).get();
        return row?.attempts === attempt && row.state !== 'sending' ? row : undefined;
      }, `attempt ${attempt} settled`);
    }
    const message = await dm(d.requesterId);
    expect(reminderFor(h.db, d.id)).toMatchObject({ state: 'failed', lastError: 'internal_error' });
    expect(String(message.args.text)).toContain('internal_error');
    expect(JSON.stringify(message.args.blocks)).toContain(ACTIONS.worked);
    expect(inThread()).toHaveLength(3);
  });

  it('does not retry what can never work', async () => {
    h = await startHarness();
    const d = adoptedWithFollowUp(h, due);
    h.fake.failNext('chat.postMessage', 'is_archived');
    h.clock.now = due;
    expect((await h.followUps.tick()).failed).toBe(1);
    expect(reminderFor(h.db, d.id)?.state).toBe('failed');
    expect(String((await dm(d.requesterId)).args.text)).toContain('is_archived');
  });

  it('never posts again when Slack may already have it (no answer), and says so by DM', async () => {
    h = await startHarness();
    const d = adoptedWithFollowUp(h, due);
    h.fake.on('chat.postMessage', () => ({ drop: true }), 1);
    h.clock.now = due;
    expect((await h.followUps.tick()).failed).toBe(1);
    h.clock.now = addMinutes(due, 600);
    await h.outbox.runOnce();
    expect(inThread()).toHaveLength(1);
    expect(reminderFor(h.db, d.id)?.state).toBe('interrupted');
    expect((await dm(d.requesterId)).args.text).toMatch(/may or may not/);
  });

  it('treats a question whose process stopped mid-send as interrupted (restart mid-post)', async () => {
    h = await startHarness();
    const d = adoptedWithFollowUp(h, due);
    h.clock.now = due;
    const crashed = contextOf(h.deps, {} as never, h.logger);
    const [question] = askDueFollowUps(crashed, 'crashed-process', 10);
    claimOne(h.db, question?.id ?? 0, 'crashed-process', due, 60_000);
    h.clock.now = addSeconds(due, 59);
    await h.outbox.runOnce();
    expect(reminderFor(h.db, d.id)?.state).toBe('sending');
    h.clock.now = addSeconds(due, 61);
    await h.outbox.runOnce();
    expect(reminderFor(h.db, d.id)?.state).toBe('interrupted');
    expect(inThread()).toHaveLength(0);
    expect((await dm(d.requesterId)).args.text).toMatch(/may or may not/);
  });

  it('counts only the questions it sent, not one another process took first', async () => {
    h = await startHarness();
    const taken = adoptedWithFollowUp(h, due);
    const asked = adoptedWithFollowUp(h, addMinutes(due, 1));
    h.clock.now = addMinutes(due, 1);
    const ctx = contextOf(h.deps, {} as never, h.logger);
    let first = true;
    const racing = new ReminderLoop({
      ctx: {
        ...ctx,
        outbox: {
          sendNow: (rows) => {
            if (first)
              for (const row of rows) claimOne(h.db, row.id, 'other-process', h.clock.now, 60_000);
            first = false;
            return ctx.outbox.sendNow(rows);
          },
        },
      },
      worker: 'w1',
    });
    expect(await racing.tick()).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(inThread().map((c) => c.args.thread_ts)).toEqual([asked.messageTs]);
    expect(reminderFor(h.db, taken.id)?.state).toBe('sending');
  });

  it('sends what fell due while the app was down as soon as it starts', async () => {
    h = await startHarness();
    const d = adoptedWithFollowUp(h, due);
    h.clock.now = addMinutes(due, 60 * 24 * 3);
    h.followUps.start(3600);
    await h.fake.waitFor('chat.postMessage');
    await h.followUps.stop();
    await waitUntil(() => (reminderFor(h.db, d.id)?.state === 'sent' ? true : undefined));
  });
});

describe('two app processes on one database', () => {
  it('ask each follow-up exactly once', async () => {
    h = await startHarness();
    const path = join(mkdtempSync(join(tmpdir(), 'loops-')), 'decisions.db');
    const dbs = [openDatabase(path), openDatabase(path)];
    const [first] = dbs;
    if (!first) throw new Error('no database');
    const made = Array.from({ length: 40 }, () => adoptedWithFollowUp({ ...h, db: first }, due).id);
    const loops = dbs.map((db, i) => {
      const base = { db, now: () => due, defaultTimeZone: 'UTC' };
      const deps = { ...base, outbox: createOutbox(h.config, base, h.logger) };
      const ctx = contextOf(deps, {} as never, h.logger);
      return new ReminderLoop({ ctx, worker: `loop-${i}`, batchSize: 5, concurrency: 3 });
    });
    const results = await Promise.all([
      loops[0]?.tick(),
      loops[1]?.tick(),
      loops[0]?.tick(),
      loops[1]?.tick(),
    ]);
    const threads = inThread().map((c) => c.args.thread_ts);
    expect(threads).toHaveLength(made.length);
    expect(new Set(threads).size).toBe(made.length);
    expect(results.reduce((n, r) => n + (r?.sent ?? 0), 0)).toBe(made.length);
    expect(results[0]?.sent).toBeGreaterThan(0);
    expect(results[1]?.sent).toBeGreaterThan(0);
    for (const db of dbs) db.$client.close();
  });
});
