import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LogLevel } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { OutboxWorker, type SendOutcome } from '../../src/outbox/worker.js';
import { type DB, openDatabase } from '../../src/store/db.js';
import { claim, enqueue, outboxRow } from '../../src/store/outbox.js';
import type { OutboxRow } from '../../src/store/schema.js';

const logger = createLogger(LogLevel.ERROR, [], () => {});
const T0 = new Date('2026-11-23T10:00:00Z').getTime();
const message = (key: string, idempotent = false) => ({
  key,
  method: 'chat.postMessage',
  args: { channel: 'C1', text: key },
  idempotent,
});

function setup(db: DB, send: (row: OutboxRow) => Promise<SendOutcome>, worker = 'w1') {
  const clock = { ms: T0 };
  const givenUp: string[] = [];
  const w = new OutboxWorker({
    db,
    send,
    now: () => new Date(clock.ms),
    worker,
    logger,
    onGiveUp: (row, error) => void givenUp.push(`${row.key}: ${error}`),
    maxAttempts: 3,
    backoffMs: { base: 1_000, max: 10_000 },
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
    const { w, clock } = setup(db, async () => {
      sent.push(clock.ms);
      return answers.shift() as SendOutcome;
    });
    expect(await w.runOnce()).toEqual({ sent: 0, retried: 1, failed: 0 });
    clock.ms += 29_999;
    expect(await w.runOnce()).toEqual({ sent: 0, retried: 0, failed: 0 });
    clock.ms += 1;
    expect(await w.runOnce()).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(sent).toEqual([T0, T0 + 30_000]);
    expect(outboxRow(db, 'm')).toMatchObject({ state: 'sent', result: { ts: '1.2' } });
  });

  it('gives up after the last attempt and calls the hook once', async () => {
    const db = openDatabase(':memory:');
    enqueue(db, message('m'), new Date(T0));
    const { w, clock, givenUp } = setup(db, async () => ({
      ok: false,
      error: 'internal_error',
      retry: true,
    }));
    for (let i = 0; i < 6; i++) {
      await w.runOnce();
      clock.ms += 10_000;
    }
    expect(outboxRow(db, 'm')).toMatchObject({ state: 'failed', attempts: 3 });
    expect(givenUp).toEqual(['m: internal_error']);
  });

  it('a post that may have reached Slack is not sent again; an update is', async () => {
    const db = openDatabase(':memory:');
    enqueue(db, message('post'), new Date(T0));
    enqueue(db, message('update', true), new Date(T0));
    const sends: string[] = [];
    const { w, clock, givenUp } = setup(db, async (row) => {
      sends.push(row.key);
      return sends.length <= 2
        ? { ok: false, error: 'timed out', retry: true, maybeDelivered: true }
        : { ok: true };
    });
    await w.runOnce();
    clock.ms += 10_000;
    await w.runOnce();
    expect(sends.sort()).toEqual(['post', 'update', 'update']);
    expect(givenUp).toEqual(['post: timed out']);
    expect(outboxRow(db, 'update')?.state).toBe('sent');
  });

  it('after a crash mid-send (a claim never settled), the next worker resends only what is safe', async () => {
    const db = openDatabase(':memory:');
    enqueue(db, message('post'), new Date(T0));
    enqueue(db, message('update', true), new Date(T0));
    enqueue(db, message('queued'), new Date(T0 + 1));
    claim(db, 'crashed', new Date(T0), 60_000, 2);
    const sends: string[] = [];
    const { w, clock, givenUp } = setup(db, async (row) => {
      sends.push(row.key);
      return { ok: true };
    });
    clock.ms += 1_000;
    await w.runOnce();
    expect(sends).toEqual(['queued']);
    clock.ms += 60_000;
    await w.runOnce();
    expect(sends).toEqual(['queued', 'update']);
    expect(givenUp).toEqual(['post: interrupted while sending']);
  });

  it('two workers on one database file send each message exactly once', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'outbox-')), 'decisions.db');
    const [a, b] = [openDatabase(file), openDatabase(file)] as [DB, DB];
    for (let i = 0; i < 300; i++) enqueue(a, message(`m${i}`, i % 2 === 0), new Date(T0));
    const sends: string[] = [];
    const send = async (row: OutboxRow): Promise<SendOutcome> => {
      sends.push(row.key);
      await new Promise((r) => setImmediate(r));
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
