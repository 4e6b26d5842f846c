import { and, asc, eq, inArray, lte, or, sql } from 'drizzle-orm';
import type { DB } from './db.js';
import { type OutboxRow, outbox } from './schema.js';

export interface OutboxMessage {
  /** What the message is for, e.g. `recommendation:42`; a second enqueue of it is a no-op. */
  key: string;
  method: string;
  args: Record<string, unknown>;
  /** Sending it twice changes nothing (chat.update, views.publish). */
  idempotent: boolean;
  notBefore?: Date;
}

/**
 * Adds a message the app owes. Call it inside the caller's `db.transaction`: better-sqlite3
 * runs it in the same transaction, so the message exists exactly when the change that owes it.
 */
export function enqueue(db: DB, m: OutboxMessage, at: Date): OutboxRow {
  const row = db
    .insert(outbox)
    .values({
      key: m.key,
      method: m.method,
      args: m.args,
      idempotent: m.idempotent,
      nextAttemptAt: m.notBefore ?? at,
      createdAt: at,
      updatedAt: at,
    })
    .onConflictDoNothing({ target: outbox.key })
    .returning()
    .get();
  return row ?? (db.select().from(outbox).where(eq(outbox.key, m.key)).get() as OutboxRow);
}

/** A claim whose lease ran out: its worker stopped (a crash, a restart) mid-send. */
const leaseExpired = (now: Date) => and(eq(outbox.state, 'sending'), lte(outbox.leaseUntil, now));

/**
 * Claims up to `limit` messages for `worker` until `now + leaseMs`, in one statement (SQLite
 * has one writer at a time, so two processes never claim the same row): the due ones, and
 * idempotent ones whose previous claim expired.
 */
export function claim(db: DB, worker: string, now: Date, leaseMs: number, limit: number) {
  const due = db
    .select({ id: outbox.id })
    .from(outbox)
    .where(
      or(
        and(eq(outbox.state, 'pending'), lte(outbox.nextAttemptAt, now)),
        and(leaseExpired(now), eq(outbox.idempotent, true)),
      ),
    )
    .orderBy(asc(outbox.nextAttemptAt), asc(outbox.id))
    .limit(limit);
  return db
    .update(outbox)
    .set({
      state: 'sending',
      claimedBy: worker,
      leaseUntil: new Date(now.getTime() + leaseMs),
      attempts: sql`${outbox.attempts} + 1`,
      updatedAt: now,
    })
    .where(inArray(outbox.id, due))
    .returning()
    .all()
    .sort((a, b) => a.id - b.id);
}

/**
 * Messages that are not safe to send twice whose claim expired: Slack may or may not have
 * them, so they are not sent again but given up (the caller tells the person).
 */
export function failInterrupted(db: DB, now: Date): OutboxRow[] {
  return db
    .update(outbox)
    .set({ state: 'failed', lastError: 'interrupted while sending', updatedAt: now })
    .where(and(leaseExpired(now), eq(outbox.idempotent, false)))
    .returning()
    .all();
}

/** Settles a claimed row; false when the claim was lost (its lease expired meanwhile). */
function settle(db: DB, row: OutboxRow, worker: string, set: Partial<OutboxRow>, at: Date) {
  const done = db
    .update(outbox)
    .set({ ...set, leaseUntil: null, updatedAt: at })
    .where(and(eq(outbox.id, row.id), eq(outbox.state, 'sending'), eq(outbox.claimedBy, worker)))
    .returning({ id: outbox.id })
    .get();
  return done !== undefined;
}

export const markSent = (
  db: DB,
  row: OutboxRow,
  worker: string,
  result: Record<string, unknown>,
  at: Date,
) => settle(db, row, worker, { state: 'sent', result, lastError: null }, at);

export const reschedule = (
  db: DB,
  row: OutboxRow,
  worker: string,
  nextAttemptAt: Date,
  error: string,
  at: Date,
) => settle(db, row, worker, { state: 'pending', nextAttemptAt, lastError: error }, at);

export const markFailed = (db: DB, row: OutboxRow, worker: string, error: string, at: Date) =>
  settle(db, row, worker, { state: 'failed', lastError: error }, at);

export function outboxRow(db: DB, key: string): OutboxRow | undefined {
  return db.select().from(outbox).where(eq(outbox.key, key)).get();
}
