import { addMinutes } from 'date-fns';
import { beforeEach, describe, expect, it } from 'vitest';
import { type DB, openDatabase } from '../../src/store/db.js';
import { listEvents } from '../../src/store/events.js';
import {
  cancelReminder,
  claimDue,
  markAsked,
  markNotAsked,
  reminderFor,
  scheduleReminder,
} from '../../src/store/reminders.js';
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

  it('claims in due order, and in the order scheduled when due at the same time', () => {
    const [a, b, c, d] = [now, now, addMinutes(now, -1), now].map(schedule);
    expect(claimDue(db, now, 'w1', 10).map((r) => r.id)).toEqual([c?.id, a?.id, b?.id, d?.id]);
  });

  it('a claimed follow-up is settled once, and not once it was moved meanwhile', () => {
    schedule(now);
    const [r] = claimDue(db, now, 'w1', 1);
    if (!r) throw new Error('nothing claimed');
    expect(markAsked(db, r.decisionId, '1.2', now)).toBe(true);
    expect(markAsked(db, r.decisionId, '1.3', now)).toBe(false);
    expect(reminderFor(db, r.decisionId)).toMatchObject({ state: 'sent', sentTs: '1.2' });
    scheduleReminder(db, r.decisionId, addMinutes(now, 5), { ...change, kind: 'snoozed' });
    claimDue(db, addMinutes(now, 5), 'w1', 1);
    scheduleReminder(db, r.decisionId, addMinutes(now, 60), { ...change, kind: 'snoozed' });
    expect(markNotAsked(db, r.decisionId, 'failed', 'internal_error', now)).toBe(false);
    expect(reminderFor(db, r.decisionId)?.state).toBe('pending');
  });

  it('a question that may not have gone is interrupted, never to be claimed again', () => {
    schedule(now);
    const [r] = claimDue(db, now, 'w1', 1);
    expect(markNotAsked(db, r?.decisionId ?? 0, 'interrupted', 'no answer in time', now)).toBe(
      true,
    );
    expect(reminderFor(db, r?.decisionId ?? 0)?.state).toBe('interrupted');
    expect(claimDue(db, addMinutes(now, 10), 'w1', 10)).toEqual([]);
  });

  it('cancels a follow-up that is no longer needed, saying what it was', () => {
    const r = schedule(now);
    claimDue(db, now, 'w1', 1);
    expect(cancelReminder(db, r.decisionId, now)).toMatchObject({ state: 'sending' });
    expect(claimDue(db, now, 'w1', 10)).toEqual([]);
    expect(reminderFor(db, r.decisionId)?.state).toBe('cancelled');
    expect(cancelReminder(db, r.decisionId, now)).toBeUndefined();
  });

  it('cancels a pending follow-up; one asked or cancelled already, or none at all, is left as it is', () => {
    const later = addMinutes(now, 30);
    const pending = schedule(now);
    expect(cancelReminder(db, pending.decisionId, later)).toMatchObject({ state: 'pending' });
    expect(reminderFor(db, pending.decisionId)).toMatchObject({
      state: 'cancelled',
      updatedAt: later,
    });
    expect(cancelReminder(db, pending.decisionId, addMinutes(now, 45))).toBeUndefined();
    expect(reminderFor(db, pending.decisionId)).toMatchObject({
      state: 'cancelled',
      updatedAt: later,
    });

    const asked = schedule(now);
    claimDue(db, now, 'w1', 1);
    markAsked(db, asked.decisionId, '1.2', now);
    expect(cancelReminder(db, asked.decisionId, later)).toBeUndefined();
    expect(reminderFor(db, asked.decisionId)).toMatchObject({ state: 'sent', updatedAt: now });

    const none = seedDecision(db, { status: 'adopted' }).id;
    expect(cancelReminder(db, none, later)).toBeUndefined();
    expect(reminderFor(db, none)).toBeUndefined();
  });
});
