import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/db.js';
import {
  claimOne,
  dropWaiting,
  dueMessages,
  enqueue,
  enqueueLatest,
  failInterrupted,
  markFailed,
  markSent,
  outboxRow,
  pruneOutbox,
  releaseExpired,
  requeueFailed,
  reschedule,
  retryNow,
} from '../../src/store/outbox.js';
import { outbox } from '../../src/store/schema.js';

const T0 = new Date('2026-11-23T10:00:00Z');
const at = (s: number) => new Date(T0.getTime() + s * 1000);
const message = (key: string, idempotent = false) => ({
  key,
  method: 'chat.postMessage',
  args: { channel: 'C1', text: key },
  idempotent,
});
const keys = (db: ReturnType<typeof openDatabase>) =>
  db
    .select()
    .from(outbox)
    .all()
    .map((r) => r.key);

describe('outbox store', () => {
  it('a message exists only if the transaction that owes it commits, and only once per key', () => {
    const db = openDatabase(':memory:');
    expect(() =>
      db.transaction(() => {
        enqueue(db, message('lost'), T0);
        throw new Error('the change failed');
      }),
    ).toThrow('the change failed');
    const kept = db.transaction(() => enqueue(db, message('kept'), T0));
    const again = enqueue(db, { ...message('kept'), args: { text: 'other' } }, at(1));
    expect(keys(db)).toEqual(['kept']);
    expect(again.args).toEqual({ channel: 'C1', text: 'kept' });
    expect(outboxRow(db, 'kept')).toEqual(kept);
  });

  it('sent: settled by the worker holding the claim only, with what Slack answered', () => {
    const db = openDatabase(':memory:');
    const row = enqueue(db, message('post'), T0);
    expect(claimOne(db, row.id, 'w1', T0, 60_000)).toBe(1);
    const claimed = { ...row, state: 'sending' as const };
    expect(markSent(db, claimed, 'w2', { ts: '9.9' }, at(1))).toBe(false);
    expect(outboxRow(db, 'post')).toMatchObject({
      state: 'sending',
      claimedBy: 'w1',
      result: null,
    });
    expect(markSent(db, claimed, 'w1', { ts: '1.2', channel: 'C1' }, at(2))).toBe(true);
    expect(outboxRow(db, 'post')).toMatchObject({
      state: 'sent',
      result: { ts: '1.2', channel: 'C1' },
      leaseUntil: null,
      lastError: null,
      updatedAt: at(2),
    });
    expect(markSent(db, claimed, 'w1', { ts: '1.3' }, at(3))).toBe(false);
  });

  it('a later drawing under the same key replaces one not sent yet, and takes a claim away', () => {
    const db = openDatabase(':memory:');
    const first = enqueueLatest(db, { ...message('card', true), args: { text: 'v1' } }, T0);
    expect(claimOne(db, first.id, 'w1', T0, 60_000)).toBe(1);
    const second = enqueueLatest(db, { ...message('card', true), args: { text: 'v2' } }, at(1));
    expect(markSent(db, { ...first, state: 'sending' }, 'w1', {}, at(2))).toBe(false);
    expect(outboxRow(db, 'card')).toMatchObject({
      id: second.id,
      state: 'pending',
      args: { text: 'v2' },
    });
    expect(claimOne(db, first.id, 'w1', at(2), 60_000)).toBeUndefined();
    expect(claimOne(db, second.id, 'w1', at(2), 60_000)).toBe(1);
  });

  it('a message is claimed once, and only once its time has come', () => {
    const db = openDatabase(':memory:');
    const row = enqueue(db, { ...message('later'), notBefore: at(30) }, T0);
    expect(claimOne(db, row.id, 'w1', at(29), 60_000)).toBeUndefined();
    expect(claimOne(db, row.id, 'w1', at(30), 60_000)).toBe(1);
    expect(claimOne(db, row.id, 'w2', at(31), 60_000)).toBeUndefined();
  });

  it('a pass leaves a message never tried to its writer for a grace period, then takes it', () => {
    const db = openDatabase(':memory:');
    enqueue(db, message('fresh'), T0);
    const tried = enqueue(db, message('tried'), T0);
    claimOne(db, tried.id, 'w', T0, 60_000);
    reschedule(db, { ...tried, state: 'sending' }, 'w', at(1), 'internal_error', T0);
    expect(dueMessages(db, at(1), 10, 2_000).map((r) => r.key)).toEqual(['tried']);
    expect(dueMessages(db, at(2), 10, 2_000).map((r) => r.key)).toEqual(['fresh', 'tried']);
  });

  it('after a lease expires an idempotent message waits again; any other is given up', () => {
    const db = openDatabase(':memory:');
    const update = enqueue(db, message('update', true), T0);
    const post = enqueue(db, message('post', false), T0);
    claimOne(db, update.id, 'crashed', T0, 60_000);
    claimOne(db, post.id, 'crashed', T0, 60_000);
    expect(failInterrupted(db, at(30))).toEqual([]);
    expect(failInterrupted(db, at(61)).map((r) => r.key)).toEqual(['post']);
    expect(releaseExpired(db, at(61))).toBe(1);
    expect(claimOne(db, update.id, 'w2', at(61), 60_000)).toBe(2);
    // The crashed worker's late answer no longer counts.
    expect(markSent(db, { ...update, state: 'sending' }, 'crashed', {}, at(62))).toBe(false);
    expect(outboxRow(db, 'post')).toMatchObject({
      state: 'failed',
      lastError: 'interrupted while sending',
    });
  });

  it('when Slack answers again, what backs off after an outage is due now, not a rate limit', () => {
    const db = openDatabase(':memory:');
    for (const [key, error] of [
      ['outage', 'internal_error'],
      ['limited', 'ratelimited'],
    ] as const) {
      const row = enqueue(db, message(key), T0);
      claimOne(db, row.id, 'w', T0, 60_000);
      reschedule(db, { ...row, state: 'sending' }, 'w', at(300), error, T0);
    }
    expect(retryNow(db, at(5))).toBe(1);
    expect(dueMessages(db, at(5), 10, 0).map((r) => r.key)).toEqual(['outage']);
  });

  it('a message given up goes back in line when asked; one not given up does not', () => {
    const db = openDatabase(':memory:');
    const row = enqueue(db, message('post'), T0);
    expect(requeueFailed(db, 'post', at(1))).toBeUndefined();
    claimOne(db, row.id, 'w', T0, 60_000);
    markFailed(db, { ...row, state: 'sending' }, 'w', 'not_in_channel', at(1));
    expect(requeueFailed(db, 'post', at(2))).toMatchObject({ state: 'pending', attempts: 0 });
    expect(claimOne(db, row.id, 'w', at(2), 60_000)).toBe(1);
  });

  it('drops a message not sent yet; forgets settled ones after a while', () => {
    const db = openDatabase(':memory:');
    enqueue(db, message('waiting'), T0);
    const sent = enqueue(db, message('sent'), T0);
    claimOne(db, sent.id, 'w', T0, 60_000);
    markSent(db, { ...sent, state: 'sending' }, 'w', { ts: '1.2' }, at(1));
    expect(dropWaiting(db, 'sent')).toBe(false);
    expect(dropWaiting(db, 'waiting')).toBe(true);
    expect(pruneOutbox(db, at(1))).toBe(0);
    expect(pruneOutbox(db, at(2))).toBe(1);
    expect(keys(db)).toEqual([]);
  });
});
