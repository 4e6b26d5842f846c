import { and, asc, eq, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { FollowUpSet } from '../domain/index.js';
import type { DB } from './db.js';
import { type Actor, appendEvent } from './events.js';
import { prepared } from './prepared.js';
import { type Reminder, reminders } from './schema.js';

/** Ids of decisions whose follow-up is still to be asked and falls due by `before`. */
export function dueDecisionIds(db: DB, before: Date): SQL {
  const query = db
    .select({ id: reminders.decisionId })
    .from(reminders)
    .where(and(eq(reminders.state, 'pending'), lte(reminders.dueAt, before)));
  return sql`(${query})`;
}

export function reminderFor(db: DB, decisionId: number): Reminder | undefined {
  return prepared(db, 'reminderFor', (d) =>
    d
      .select()
      .from(reminders)
      .where(eq(reminders.decisionId, sql.placeholder('id')))
      .prepare(),
  ).get({ id: decisionId });
}

/** How a follow-up came to be set: scheduled after a decision, or snoozed from its question. */
export type ScheduleChange = Actor & {
  kind: 'follow_up_scheduled' | 'snoozed';
  details: Omit<FollowUpSet, 'dueAt'>;
};

/** Sets (or moves) the decision's follow-up to `dueAt`, pending again, and records it. */
export function scheduleReminder(
  db: DB,
  decisionId: number,
  dueAt: Date,
  change: ScheduleChange,
): Reminder {
  return db.transaction((tx) => {
    const fresh = {
      dueAt,
      nextAttemptAt: dueAt,
      state: 'pending' as const,
      attempts: 0,
      claimedBy: null,
      claimedAt: null,
      lastError: null,
      updatedAt: change.at,
    };
    const row = tx
      .insert(reminders)
      .values({ decisionId, ...fresh })
      .onConflictDoUpdate({ target: reminders.decisionId, set: fresh })
      .returning()
      .get();
    appendEvent(db, decisionId, {
      ...change,
      details: { dueAt: dueAt.toISOString(), ...change.details },
    });
    return row;
  });
}

/**
 * No follow-up any more (the decision was concluded another way): the reminder as it was when
 * cancelled, or undefined when there was none to cancel.
 */
export function cancelReminder(db: DB, decisionId: number, at: Date): Reminder | undefined {
  const r = reminderFor(db, decisionId);
  if (!r || r.state === 'sent' || r.state === 'cancelled') return undefined;
  db.update(reminders)
    .set({ state: 'cancelled', updatedAt: at })
    .where(eq(reminders.id, r.id))
    .run();
  return r;
}

/**
 * Claims up to `limit` due reminders for `worker` in one statement: SQLite runs one writer at
 * a time, so two processes never claim the same reminder.
 */
export function claimDue(db: DB, now: Date, worker: string, limit: number): Reminder[] {
  const due = db
    .select({ id: reminders.id })
    .from(reminders)
    .where(and(eq(reminders.state, 'pending'), lte(reminders.nextAttemptAt, now)))
    .orderBy(asc(reminders.nextAttemptAt), asc(reminders.id))
    .limit(limit);
  return db
    .update(reminders)
    .set({
      state: 'sending',
      claimedBy: worker,
      claimedAt: now,
      attempts: sql`${reminders.attempts} + 1`,
      updatedAt: now,
    })
    .where(inArray(reminders.id, due))
    .returning()
    .all()
    .sort((a, b) => a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime() || a.id - b.id);
}

// A claimed reminder ("sending") has its question in the outbox; the outbox settles it.

/** The question was posted: `ts` is its message. False when the reminder was moved meanwhile. */
export function markAsked(db: DB, decisionId: number, ts: string, at: Date): boolean {
  return (
    db
      .update(reminders)
      .set({ state: 'sent', sentTs: ts, lastError: null, updatedAt: at })
      .where(and(eq(reminders.decisionId, decisionId), eq(reminders.state, 'sending')))
      .run().changes === 1
  );
}

/** The question never went (`failed`), or may not have (`interrupted`). */
export function markNotAsked(
  db: DB,
  decisionId: number,
  state: 'failed' | 'interrupted',
  error: string,
  at: Date,
): boolean {
  return (
    db
      .update(reminders)
      .set({ state, lastError: error, updatedAt: at })
      .where(and(eq(reminders.decisionId, decisionId), eq(reminders.state, 'sending')))
      .run().changes === 1
  );
}
