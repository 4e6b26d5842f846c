import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/db.js';
import {
  claim,
  enqueue,
  failInterrupted,
  markSent,
  outboxRow,
  reschedule,
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

describe('outbox store', () => {
  it('a message exists only if the transaction that owes it commits, and only once per key', () => {
    const db = openDatabase(':memory:');
    expect(() =>
      db.transaction(() => {
        enqueue(db, message('lost'), T0);
        throw new Error('the change failed');
      }),
    ).toThrow('the change failed');
    db.transaction(() => enqueue(db, message('kept'), T0));
    const again = enqueue(db, { ...message('kept'), args: { text: 'other' } }, at(1));
    expect(
      db
        .select()
        .from(outbox)
        .all()
        .map((r) => r.key),
    ).toEqual(['kept']);
    expect(again.args).toEqual({ channel: 'C1', text: 'kept' });
  });

  it('a claimed message is not claimed again while its lease holds', () => {
    const db = openDatabase(':memory:');
    for (const k of ['a', 'b', 'c']) enqueue(db, message(k), T0);
    expect(claim(db, 'w1', T0, 60_000, 2).map((r) => r.key)).toEqual(['a', 'b']);
    expect(claim(db, 'w2', at(1), 60_000, 10).map((r) => r.key)).toEqual(['c']);
    expect(claim(db, 'w3', at(59), 60_000, 10)).toEqual([]);
  });

  it('after a lease expires an idempotent message is claimed again; any other is given up', () => {
    const db = openDatabase(':memory:');
    enqueue(db, message('update', true), T0);
    enqueue(db, message('post', false), T0);
    const [update, post] = claim(db, 'crashed', T0, 60_000, 10);
    expect(failInterrupted(db, at(30))).toEqual([]);
    expect(failInterrupted(db, at(61)).map((r) => r.key)).toEqual(['post']);
    const again = claim(db, 'w2', at(61), 60_000, 10);
    expect(again.map((r) => [r.key, r.attempts, r.claimedBy])).toEqual([['update', 2, 'w2']]);
    // The crashed worker's late answer no longer counts.
    expect(markSent(db, update as never, 'crashed', {}, at(62))).toBe(false);
    expect(markSent(db, post as never, 'crashed', {}, at(62))).toBe(false);
    expect(outboxRow(db, 'post')).toMatchObject({
      state: 'failed',
      lastError: 'interrupted while sending',
    });
  });

  it('a rescheduled message waits for its time', () => {
    const db = openDatabase(':memory:');
    enqueue(db, message('later'), T0);
    const [row] = claim(db, 'w', T0, 60_000, 1);
    expect(reschedule(db, row as never, 'w', at(30), 'ratelimited', at(1))).toBe(true);
    expect(claim(db, 'w', at(29), 60_000, 1)).toEqual([]);
    expect(claim(db, 'w', at(30), 60_000, 1)[0]).toMatchObject({ key: 'later', attempts: 2 });
  });
});
