import { and, asc, eq, gt, inArray, isNotNull, lt, lte, ne, or, sql } from 'drizzle-orm';
import type { DB } from './db.js';
import { prepared } from './prepared.js';
import { type OutboxAbout, type OutboxRow, outbox } from './schema.js';

export interface OutboxMessage {
  /** What the message is for, e.g. `recommendation:42`; a second enqueue of it is a no-op. */
  key: string;
  method: string;
  args: Record<string, unknown>;
  /** Sending it twice changes nothing (chat.update, views.publish). */
  idempotent: boolean;
  /** A later message under the same key supersedes this one while it is not sent (enqueueLatest). */
  replaces?: boolean;
  about?: OutboxAbout;
  notBefore?: Date;
}

const p = sql.placeholder;

const fresh = (m: OutboxMessage, at: Date) => ({
  key: m.key,
  method: m.method,
  args: m.args,
  idempotent: m.idempotent,
  about: m.about ?? null,
  nextAttemptAt: m.notBefore ?? at,
  updatedAt: at,
});

/** The row as written, without reading back (and parsing again) its arguments. */
const written = (id: number, m: OutboxMessage, at: Date): OutboxRow => ({
  id,
  ...fresh(m, at),
  state: 'pending',
  attempts: 0,
  claimedBy: null,
  leaseUntil: null,
  lastError: null,
  result: null,
  createdAt: at,
});

/**
 * Adds a message the app owes. Call it inside the caller's `db.transaction`: better-sqlite3
 * runs it in the same transaction, so the message exists exactly when the change that owes it.
 */
export function enqueue(db: DB, m: OutboxMessage, at: Date): OutboxRow {
  const inserted = prepared(db, 'enqueue', (d) =>
    d
      .insert(outbox)
      .values({
        key: p('key'),
        method: p('method'),
        args: p('args'),
        idempotent: p('idempotent'),
        about: p('about'),
        nextAttemptAt: p('nextAttemptAt'),
        createdAt: p('updatedAt'),
        updatedAt: p('updatedAt'),
      })
      .onConflictDoNothing({ target: outbox.key })
      .returning({ id: outbox.id })
      .prepare(),
  ).get(fresh(m, at));
  return inserted
    ? written(inserted.id, m, at)
    : (db.select().from(outbox).where(eq(outbox.key, m.key)).get() as OutboxRow);
}

/**
 * Adds a message that replaces whatever is still owed under its key (a later drawing of a
 * message supersedes an earlier one not sent yet). The earlier row goes: a worker sending it
 * settles nothing, and this one, a new row, is sent next. Only for idempotent messages.
 */
export function enqueueLatest(db: DB, m: OutboxMessage, at: Date): OutboxRow {
  return db.transaction(() => {
    prepared(db, 'dropKey', (d) =>
      d
        .delete(outbox)
        .where(eq(outbox.key, p('key')))
        .prepare(),
    ).run({ key: m.key });
    return enqueue(db, m, at);
  });
}

/** Puts a message that was given up back in line (the person asked to try again); false if it was not given up. */
export function requeueFailed(db: DB, key: string, at: Date): OutboxRow | undefined {
  return db
    .update(outbox)
    .set({ state: 'pending', attempts: 0, nextAttemptAt: at, lastError: null, updatedAt: at })
    .where(and(eq(outbox.key, key), eq(outbox.state, 'failed')))
    .returning()
    .get();
}

/** A claim whose lease ran out: its worker stopped (a crash, a restart) mid-send. */
const leaseExpired = (now: Date) => and(eq(outbox.state, 'sending'), lte(outbox.leaseUntil, now));

/**
 * Messages waiting whose time has come, oldest first: a pass sends them. One never tried yet
 * is left to the process that wrote it (it sends it at once) until it is `graceMs` old: then
 * that process stopped before sending it.
 */
export function dueMessages(db: DB, now: Date, limit: number, graceMs: number): OutboxRow[] {
  return db
    .select()
    .from(outbox)
    .where(
      and(
        eq(outbox.state, 'pending'),
        lte(outbox.nextAttemptAt, now),
        or(gt(outbox.attempts, 0), lte(outbox.createdAt, new Date(now.getTime() - graceMs))),
      ),
    )
    .orderBy(asc(outbox.nextAttemptAt), asc(outbox.id))
    .limit(limit)
    .all();
}

/** Idempotent messages whose sender stopped mid-send: waiting again, to be sent again. */
export function releaseExpired(db: DB, now: Date): number {
  return db
    .update(outbox)
    .set({ state: 'pending', claimedBy: null, leaseUntil: null, updatedAt: now })
    .where(and(leaseExpired(now), eq(outbox.idempotent, true)))
    .run().changes;
}

/** Slack answers again: messages backing off after an outage are due now (not rate-limited ones). */
export function retryNow(db: DB, now: Date): number {
  return db
    .update(outbox)
    .set({ nextAttemptAt: now })
    .where(
      and(
        eq(outbox.state, 'pending'),
        gt(outbox.nextAttemptAt, now),
        isNotNull(outbox.lastError),
        ne(outbox.lastError, 'ratelimited'),
      ),
    )
    .run().changes;
}

/**
 * Claims one message waiting to be sent whose time has come, the moment before sending it:
 * the number of this attempt, or undefined when it is not waiting (another worker has it, it
 * was sent, or it waits out a backoff since the caller read it).
 */
export function claimOne(
  db: DB,
  id: number,
  worker: string,
  now: Date,
  leaseMs: number,
): number | undefined {
  return prepared(db, 'claimOne', (d) =>
    d
      .update(outbox)
      .set({
        state: 'sending',
        claimedBy: sql`${p('worker')}`,
        leaseUntil: sql`${p('leaseUntil')}`,
        attempts: sql`${outbox.attempts} + 1`,
        updatedAt: sql`${p('now')}`,
      })
      .where(
        and(
          eq(outbox.id, p('id')),
          eq(outbox.state, 'pending'),
          lte(outbox.nextAttemptAt, sql`${p('now')}`),
        ),
      )
      .returning({ attempts: outbox.attempts })
      .prepare(),
  ).get({ id, worker, now: now.getTime(), leaseUntil: now.getTime() + leaseMs })?.attempts;
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

/** How a claimed row settles: what it becomes, and what is kept of the attempt. */
interface Settling {
  state: 'sent' | 'pending' | 'failed';
  lastError: string | null;
  result?: Record<string, unknown>;
  nextAttemptAt?: Date;
}

/**
 * Settles a claimed row, by the worker holding the claim only (one prepared statement: every
 * message settles once); false when the claim was lost (its lease expired, or it was superseded).
 */
function settle(db: DB, row: OutboxRow, worker: string, to: Settling, at: Date): boolean {
  const done = prepared(db, 'settle', (d) =>
    d
      .update(outbox)
      .set({
        state: sql`${p('state')}`,
        lastError: sql`${p('lastError')}`,
        result: sql`coalesce(${p('result')}, ${outbox.result})`,
        nextAttemptAt: sql`coalesce(${p('nextAttemptAt')}, ${outbox.nextAttemptAt})`,
        leaseUntil: null,
        updatedAt: sql`${p('at')}`,
      })
      .where(
        and(
          eq(outbox.id, p('id')),
          eq(outbox.state, 'sending'),
          eq(outbox.claimedBy, sql`${p('worker')}`),
        ),
      )
      .returning({ id: outbox.id })
      .prepare(),
  ).get({
    id: row.id,
    worker,
    state: to.state,
    lastError: to.lastError,
    result: to.result ? JSON.stringify(to.result) : null,
    nextAttemptAt: to.nextAttemptAt?.getTime() ?? null,
    at: at.getTime(),
  });
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

/** Forgets messages settled (sent or given up) before `before`. */
export function pruneOutbox(db: DB, before: Date): number {
  return db
    .delete(outbox)
    .where(and(inArray(outbox.state, ['sent', 'failed']), lt(outbox.updatedAt, before)))
    .run().changes;
}

/** Drops a message not sent yet (what it was for is gone); one being sent goes on. */
export function dropWaiting(db: DB, key: string): boolean {
  return (
    db
      .delete(outbox)
      .where(and(eq(outbox.key, key), eq(outbox.state, 'pending')))
      .run().changes === 1
  );
}
