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

/** No follow-up any more (the decision was concluded another way). */
export function cancelReminder(db: DB, decisionId: number, at: Date): void {
  db.update(reminders)
    .set({ state: 'cancelled', updatedAt: at })
    .where(
      and(
        eq(reminders.decisionId, decisionId),
        inArray(reminders.state, ['pending', 'failed', 'interrupted']),
      ),
    )
    .run();
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

/** Finishes a claimed reminder; false when the claim was lost (it was recovered meanwhile). */
function settle(db: DB, r: Reminder, worker: string, set: Partial<Reminder>, at: Date): boolean {
  const row = db
    .update(reminders)
    .set({ ...set, updatedAt: at })
    .where(
      and(eq(reminders.id, r.id), eq(reminders.state, 'sending'), eq(reminders.claimedBy, worker)),
    )
    .returning({ id: reminders.id })
    .get();
  return row !== undefined;
}

export const markSent = (db: DB, r: Reminder, worker: string, ts: string, at: Date) =>
  settle(db, r, worker, { state: 'sent', sentTs: ts, lastError: null }, at);

export const markRetry = (
  db: DB,
  r: Reminder,
  worker: string,
  nextAttemptAt: Date,
  error: string,
  at: Date,
) => settle(db, r, worker, { state: 'pending', nextAttemptAt, lastError: error }, at);

export const markInterrupted = (db: DB, r: Reminder, worker: string, error: string, at: Date) =>
  settle(db, r, worker, { state: 'interrupted', lastError: error }, at);

export const markFailed = (db: DB, r: Reminder, worker: string, error: string, at: Date) =>
  settle(db, r, worker, { state: 'failed', lastError: error }, at);

/**
 * Reminders claimed before `staleBefore` and never settled: their process stopped mid-post,
 * so Slack may or may not have the message. They become `interrupted` and are not posted again.
 */
export function recoverStale(db: DB, staleBefore: Date, at: Date): Reminder[] {
  return db
    .update(reminders)
    .set({ state: 'interrupted', lastError: 'interrupted while posting', updatedAt: at })
    .where(and(eq(reminders.state, 'sending'), lte(reminders.claimedAt, staleBefore)))
    .returning()
    .all();
}
