import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LogLevel } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import {
  OutboxWorker,
  type Send,
  type SendOutcome,
  type Settlement,
} from '../../src/outbox/worker.js';
import { type DB, openDatabase } from '../../src/store/db.js';
import { claimOne, enqueue, enqueueLatest, outboxRow } from '../../src/store/outbox.js';

const logger = createLogger(LogLevel.ERROR, [], () => {});
const T0 = new Date('2026-11-23T10:00:00Z').getTime();
const message = (key: string, idempotent = false) => ({
  key,
  method: 'chat.postMessage',
  args: { channel: 'C1', text: key },
  idempotent,
});

/** A send that claims the message, then answers with `answer` for it. */
const answering =
  (answer: (key: string) => SendOutcome | Promise<SendOutcome>): Send =>
  async (row, claim) =>
    claim() ? answer(row.key) : undefined;

function setup(db: DB, send: Send, worker = 'w1', settlement: Partial<Settlement> = {}) {
  const clock = { ms: T0 };
  const givenUp: string[] = [];
  const w = new OutboxWorker({
    db,
    send,
    now: () => new Date(clock.ms),
    worker,
    logger,
    settlement: {
      sent: () => [],
      givenUp: (row, why) => {
        givenUp.push(`${row.key}: ${why.error}${why.uncertain ? ' (uncertain)' : ''}`);
        return [];
      },
      ...settlement,
    },
    maxAttempts: 3,
    backoffMs: { base: 1_000, max: 10_000 },
    graceMs: 0,
  });
  return { w, clock, givenUp };
}

describe('outbox worker', () => {
  it('waits out Retry-After, then sends', async () => {
    const db = openDatabase(':memory:');
    enqueue(db, message('m'), new Date(T0));
    const answers: SendOutcome[] = [
      { ok: false, error: 'ratelimited', retry: true, retryAfterMs: 30_000 },
      { ok: true, result: { ts: '1.2' } },
    ];
    const sent: number[] = [];
    const { w, clock } = setup(
      db,
      answering(() => {
        sent.push(clock.ms);
        return answers.shift() as SendOutcome;
      }),
    );
    expect(await w.runOnce()).toEqual({ sent: 0, retried: 1, failed: 0 });
    clock.ms += 29_999;
    expect(await w.runOnce()).toEqual({ sent: 0, retried: 0, failed: 0 });
    clock.ms += 1;
    expect(await w.runOnce()).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(sent).toEqual([T0, T0 + 30_000]);
    expect(outboxRow(db, 'm')).toMatchObject({ state: 'sent', result: { ts: '1.2' } });
  });

  it('gives up after the last attempt and settles it once', async () => {
    const db = openDatabase(':memory:');
    enqueue(db, message('m'), new Date(T0));
    const { w, clock, givenUp } = setup(
      db,
      answering(() => ({ ok: false, error: 'internal_error', retry: true })),
    );
    for (let i = 0; i < 6; i++) {
      await w.runOnce();
      clock.ms += 10_000;
    }
    expect(outboxRow(db, 'm')).toMatchObject({ state: 'failed', attempts: 3 });
    expect(givenUp).toEqual(['m: internal_error']);
  });

  it('a post that may have reached Slack is not sent again; an update is', async () => {
    const db = openDatabase(':memory:');
    const rows = [
      enqueue(db, message('post'), new Date(T0)),
      enqueue(db, message('update', true), new Date(T0)),
    ];
    const sends: string[] = [];
    const { w, clock, givenUp } = setup(
      db,
      answering((key) => {
        sends.push(key);
        return sends.length <= 2
          ? { ok: false, error: 'no answer in time', retry: true, maybeDelivered: true }
          : { ok: true };
      }),
    );
    expect((await w.sendNow(rows)).map((d) => d.delivery)).toEqual(['failed', 'retried']);
    clock.ms += 10_000;
    await w.runOnce();
    expect(sends.sort()).toEqual(['post', 'update', 'update']);
    expect(givenUp).toEqual(['post: no answer in time (uncertain)']);
    expect(outboxRow(db, 'update')?.state).toBe('sent');
  });

  it('a request that never left (connection refused) is retried, even a post', async () => {
    const db = openDatabase(':memory:');
    const row = enqueue(db, message('post'), new Date(T0));
    const { w } = setup(db, async () => ({ ok: false, error: 'ECONNREFUSED', retry: true }));
    expect(await w.sendNow([row])).toMatchObject([{ delivery: 'retried', error: 'ECONNREFUSED' }]);
    expect(outboxRow(db, 'post')).toMatchObject({ state: 'pending', attempts: 1 });
  });

  it('after a crash mid-send (a claim never settled), the next worker resends only what is safe', async () => {
    const db = openDatabase(':memory:');
    const post = enqueue(db, message('post'), new Date(T0));
    const update = enqueue(db, message('update', true), new Date(T0));
    enqueue(db, message('queued'), new Date(T0 + 1));
    claimOne(db, post.id, 'crashed', new Date(T0), 60_000);
    claimOne(db, update.id, 'crashed', new Date(T0), 60_000);
    const sends: string[] = [];
    const { w, clock, givenUp } = setup(
      db,
      answering((key) => {
        sends.push(key);
        return { ok: true };
      }),
    );
    clock.ms += 1_000;
    await w.runOnce();
    expect(sends).toEqual(['queued']);
    clock.ms += 60_000;
    await w.runOnce();
    expect(sends).toEqual(['queued', 'update']);
    expect(givenUp).toEqual(['post: interrupted while sending (uncertain)']);
  });

  it('a later drawing under one key goes out after the one in flight, which settles nothing', async () => {
    const db = openDatabase(':memory:');
    const first = enqueueLatest(
      db,
      { ...message('card', true), args: { text: 'v1' } },
      new Date(T0),
    );
    let release = () => {};
    const order: string[] = [];
    const { w } = setup(db, async (row, claim) => {
      if (!claim()) return undefined;
      order.push(String(row.args.text));
      if (row.args.text === 'v1') await new Promise<void>((r) => (release = r));
      return { ok: true };
    });
    const one = w.sendNow([first]);
    const second = enqueueLatest(
      db,
      { ...message('card', true), args: { text: 'v2' } },
      new Date(T0),
    );
    const two = w.sendNow([second]);
    release();
    expect((await one).map((d) => d.delivery)).toEqual(['skipped']);
    expect((await two).map((d) => d.delivery)).toEqual(['sent']);
    expect(order).toEqual(['v1', 'v2']);
    expect(outboxRow(db, 'card')).toMatchObject({ state: 'sent', args: { text: 'v2' } });
  });

  it('what a sent message settles is written with it, and what that owes goes next', async () => {
    const db = openDatabase(':memory:');
    const row = enqueue(db, message('question'), new Date(T0));
    const sends: string[] = [];
    const { w } = setup(
      db,
      answering((key) => {
        sends.push(key);
        return { ok: true, result: { ts: '7.7' } };
      }),
      'w1',
      {
        sent: (r, result) =>
          r.key === 'question'
            ? [enqueue(db, message(`redraw after ${result.ts}`, true), new Date(T0))]
            : [],
      },
    );
    await w.sendNow([row]);
    expect(sends).toEqual(['question', 'redraw after 7.7']);
  });

  it('once Slack answers again, messages backing off from the outage go at once', async () => {
    const db = openDatabase(':memory:');
    const [a, b] = [
      enqueue(db, message('a'), new Date(T0)),
      enqueue(db, message('b'), new Date(T0)),
    ];
    let up = false;
    const { w, clock } = setup(
      db,
      answering(() => (up ? { ok: true } : { ok: false, error: 'HTTP 500', retry: true })),
    );
    await w.sendNow([a, b]);
    up = true;
    clock.ms += 100;
    const fresh = enqueue(db, message('fresh'), new Date(clock.ms));
    await w.sendNow([fresh]);
    expect(await w.runOnce()).toEqual({ sent: 2, retried: 0, failed: 0 });
  });

  it('two workers on one database file send each message exactly once', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'outbox-')), 'decisions.db');
    const [a, b] = [openDatabase(file), openDatabase(file)] as [DB, DB];
    for (let i = 0; i < 300; i++) enqueue(a, message(`m${i}`, i % 2 === 0), new Date(T0));
    const sends: string[] = [];
    const send: Send = async (row, claim) => {
      await new Promise((r) => setImmediate(r));
      if (!claim()) return undefined;
      sends.push(row.key);
      return { ok: true };
    };
    const one = setup(a, send, 'a');
    const two = setup(b, send, 'b');
    for (let pass = 0; pass < 20; pass++) await Promise.all([one.w.runOnce(), two.w.runOnce()]);
    expect(sends).toHaveLength(300);
    expect(new Set(sends).size).toBe(300);
    a.$client.close();
    b.$client.close();
  });
});
