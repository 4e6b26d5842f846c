import { addMinutes } from 'date-fns';
import { beforeEach, describe, expect, it } from 'vitest';
import { type DB, openDatabase } from '../../src/store/db.js';
import { listEvents } from '../../src/store/events.js';
import {
  cancelReminder,
  claimDue,
  markFailed,
  markInterrupted,
  markRetry,
  markSent,
  recoverStale,
  reminderFor,
  scheduleReminder,
} from '../../src/store/reminders.js';
import type { Reminder } from '../../src/store/schema.js';
import { seedDecision } from '../support/seed.js';

let db: DB;
beforeEach(() => {
  db = openDatabase(':memory:');
});

const now = new Date('2026-12-07T09:00:00Z');
const change = {
  actorId: 'U1',
  at: now,
  kind: 'follow_up_scheduled',
  details: { periodDays: 14, timeZone: 'UTC' },
} as const;
const schedule = (dueAt: Date) =>
  scheduleReminder(db, seedDecision(db, { status: 'adopted' }).id, dueAt, change);

describe('store: reminders', () => {
  it('schedules once per decision; rescheduling moves it and makes it pending again', () => {
    const r = schedule(now);
    claimDue(db, now, 'w1', 10);
    const moved = scheduleReminder(db, r.decisionId, addMinutes(now, 60), {
      ...change,
      kind: 'snoozed',
    });
    expect(moved).toMatchObject({
      id: r.id,
      state: 'pending',
      attempts: 0,
      dueAt: addMinutes(now, 60),
    });
    expect(listEvents(db, r.decisionId).map((e) => e.kind)).toEqual([
      'created',
      'adopted',
      'follow_up_scheduled',
      'snoozed',
    ]);
  });

  it('claims only what is due, each reminder by one worker', () => {
    const due = [schedule(now), schedule(addMinutes(now, -5)), schedule(now)];
    schedule(addMinutes(now, 1));
    const a = claimDue(db, now, 'w1', 2);
    const b = claimDue(db, now, 'w2', 10);
    expect(a.map((r) => r.id)).toEqual([due[1]?.id, due[0]?.id]);
    expect(b.map((r) => r.id)).toEqual([due[2]?.id]);
    expect(claimDue(db, now, 'w3', 10)).toEqual([]);
    expect(a[0]).toMatchObject({ state: 'sending', claimedBy: 'w1', attempts: 1 });
  });

  it('settles a claim only for the worker that holds it', () => {
    schedule(now);
    const [r] = claimDue(db, now, 'w1', 1);
    if (!r) throw new Error('nothing claimed');
    expect(markSent(db, r, 'w2', '1.2', now)).toBe(false);
    expect(markSent(db, r, 'w1', '1.2', now)).toBe(true);
    expect(markSent(db, r, 'w1', '1.2', now)).toBe(false);
    expect(reminderFor(db, r.decisionId)).toMatchObject({ state: 'sent', sentTs: '1.2' });
  });

  it('retries later: pending again with the next attempt time', () => {
    schedule(now);
    const [r] = claimDue(db, now, 'w1', 1);
    if (!r) throw new Error('nothing claimed');
    markRetry(db, r, 'w1', addMinutes(now, 5), 'ratelimited', now);
    expect(claimDue(db, addMinutes(now, 4), 'w1', 1)).toEqual([]);
    expect(claimDue(db, addMinutes(now, 5), 'w1', 1)).toMatchObject([{ attempts: 2 }]);
  });

  it('marks claims left unsettled past the lease as interrupted, never to be claimed again', () => {
    schedule(now);
    const [r] = claimDue(db, now, 'dead', 1);
    expect(recoverStale(db, addMinutes(now, -1), now)).toEqual([]);
    expect(recoverStale(db, addMinutes(now, 1), now)).toMatchObject([
      { id: r?.id, state: 'interrupted', lastError: 'interrupted while posting' },
    ]);
    expect(claimDue(db, addMinutes(now, 10), 'w1', 10)).toEqual([]);
  });

  it('cancels a follow-up that is no longer needed, unless it was already asked', () => {
    const ids = [now, now, now, now].map((at) => schedule(at).decisionId);
    const [pending, failed, interrupted, sent] = claimDue(db, now, 'w1', 10) as Reminder[];
    markRetry(db, pending as Reminder, 'w1', now, 'ratelimited', now);
    markFailed(db, failed as Reminder, 'w1', 'is_archived', now);
    markInterrupted(db, interrupted as Reminder, 'w1', 'no answer', now);
    markSent(db, sent as Reminder, 'w1', '1.2', now);
    for (const id of ids) cancelReminder(db, id, now);
    expect(ids.map((id) => reminderFor(db, id)?.state)).toEqual([
      'cancelled',
      'cancelled',
      'cancelled',
      'sent',
    ]);
    expect(claimDue(db, now, 'w1', 10)).toEqual([]);
  });

  it('records why a claim ended: interrupted or failed, with the error', () => {
    const ids = [schedule(now), schedule(now)].map((r) => r.decisionId);
    const [a, b] = claimDue(db, now, 'w1', 10) as Reminder[];
    expect(markInterrupted(db, a as Reminder, 'w1', 'socket hang up', now)).toBe(true);
    expect(markFailed(db, b as Reminder, 'w1', 'is_archived', now)).toBe(true);
    expect(ids.map((id) => reminderFor(db, id))).toMatchObject([
      { state: 'interrupted', lastError: 'socket hang up' },
      { state: 'failed', lastError: 'is_archived' },
    ]);
  });

  it('claims reminders due at the same moment in the order they were made', () => {
    const made = [schedule(now), schedule(now), schedule(now)].map((r) => r.id);
    expect(claimDue(db, now, 'w1', 10).map((r) => r.id)).toEqual(made);
  });
});
