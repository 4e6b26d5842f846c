import type { Logger } from '@slack/bolt';
import type { DB } from '../store/db.js';
import {
  claimOne,
  dueMessages,
  failInterrupted,
  markFailed,
  markSent,
  pruneOutbox,
  releaseExpired,
  reschedule,
  retryNow,
} from '../store/outbox.js';
import type { OutboxRow } from '../store/schema.js';

/** What became of one attempt to send a message. */
export type SendOutcome =
  | { ok: true; result?: Record<string, unknown> }
  | {
      ok: false;
      error: string;
      /** Worth another attempt (an outage, a rate limit) rather than a refusal. */
      retry: boolean;
      /** Slack asked to wait this long (Retry-After). */
      retryAfterMs?: number;
      /** The request may have reached Slack (a timeout, a dropped connection). */
      maybeDelivered?: boolean;
    };

/**
 * Sends one message. It calls `claim()` the moment before its request leaves and sends nothing
 * when that returns false (another worker has the message); then it returns undefined.
 */
export type Send = (row: OutboxRow, claim: () => boolean) => Promise<SendOutcome | undefined>;

/** Why a message was given up. */
export interface GiveUp {
  error: string;
  /** Slack may have it after all (no answer, or a crash mid-send). */
  uncertain: boolean;
}

/** What sending a message settles, and whom to tell when it never goes. */
export interface Settlement {
  /** In the transaction that marks `row` sent; returns messages it now owes, sent next. */
  sent(row: OutboxRow, result: Record<string, unknown>): OutboxRow[];
  /** In the transaction that gives `row` up: the messages that tell the person. */
  givenUp(row: OutboxRow, why: GiveUp): OutboxRow[];
  /** After either, outside the transaction: views nobody is owed (App Home). */
  after?(row: OutboxRow): Promise<void>;
}

export type Delivery = 'sent' | 'retried' | 'failed' | 'skipped';

/** What became of a message's attempt: `error` when it did not go. */
export interface Delivered {
  row: OutboxRow;
  delivery: Delivery;
  error?: string;
}

export interface OutboxWorkerOptions {
  db: DB;
  send: Send;
  now: () => Date;
  /** Unique per process: claims are made in its name. */
  worker: string;
  settlement: Settlement;
  logger: Logger;
  /**
   * How long a claim holds: a message is claimed as its request leaves, so a send holds it at
   * most one request's deadline (4 s); a claim older than this belongs to a process that stopped.
   */
  leaseMs?: number;
  batch?: number;
  maxAttempts?: number;
  backoffMs?: { base: number; max: number };
  /** Settled messages are kept this long (their keys stop a change from owing twice). */
  keepMs?: number;
  /** A pass leaves a message never tried to the process that wrote it for this long. */
  graceMs?: number;
}

/** Delay before attempt `attempts + 1`: doubling from `base`, at most `max`, never before Retry-After. */
export function backoff(attempts: number, b: { base: number; max: number }, retryAfterMs = 0) {
  return Math.max(retryAfterMs, Math.min(b.max, b.base * 2 ** (attempts - 1)));
}

/**
 * Sends what the outbox holds: a message just written is sent at once (`sendNow`), and a pass
 * every few seconds picks up what failed or was left by a crash. A claim expires after
 * `leaseMs`; then an idempotent message is sent again while any other is given up, so nothing
 * is sent twice. Messages under one key go out in the order they were written.
 */
export class OutboxWorker {
  private readonly o: Required<OutboxWorkerOptions>;
  private timer: NodeJS.Timeout | undefined;
  private polling = false;
  /** Stopped: nothing more is claimed (the database may be closing). */
  private stopped = false;
  private pollMs = 0;
  private running: Promise<unknown> = Promise.resolve();
  private readonly inFlight = new Map<string, Promise<Delivered>>();
  /** An attempt failed for want of an answer since the last success. */
  private troubled = false;
  private prunedAt = 0;
  /** The last pass found a full batch due. */
  private backlog = false;

  constructor(options: OutboxWorkerOptions) {
    this.o = {
      leaseMs: 15_000,
      batch: 20,
      maxAttempts: 10,
      backoffMs: { base: 2_000, max: 5 * 60_000 },
      keepMs: 24 * 60 * 60_000,
      graceMs: 2_000,
      ...options,
    };
  }

  /** Sends messages just written, now; what became of each one's first attempt. */
  sendNow(rows: OutboxRow[]): Promise<Delivered[]> {
    return Promise.all(rows.map((row) => this.inOrder(row)));
  }

  /** One pass: gives up interrupted messages, then sends a batch of due ones. */
  async runOnce(): Promise<{ sent: number; retried: number; failed: number }> {
    const { db, now, batch, keepMs, graceMs } = this.o;
    const counts = { sent: 0, retried: 0, failed: 0, skipped: 0 };
    for (const row of failInterrupted(db, now())) {
      counts.failed++;
      await this.giveUp(row, { error: row.lastError ?? 'interrupted', uncertain: true });
    }
    releaseExpired(db, now());
    const due = dueMessages(db, now(), batch, graceMs);
    this.backlog = due.length === batch;
    const done = await this.sendNow(due);
    for (const d of done) counts[d.delivery]++;
    if (now().getTime() - this.prunedAt > keepMs / 24) {
      this.prunedAt = now().getTime();
      pruneOutbox(db, new Date(this.prunedAt - keepMs));
    }
    return { sent: counts.sent, retried: counts.retried, failed: counts.failed };
  }

  /** Passes every `pollMs` until stopped; a pass runs after the previous one settles. */
  start(pollMs: number): void {
    this.pollMs = pollMs;
    this.polling = true;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.polling = false;
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
    await Promise.all(this.inFlight.values());
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.running = this.running
        .then(() => this.runOnce())
        .catch((error: unknown) => this.o.logger.error('Outbox pass failed:', error))
        .finally(() => {
          // A full batch: more are due (after a restart, an outage), so the next pass runs now.
          if (this.polling) this.schedule(this.backlog ? 0 : this.pollMs);
        });
    }, ms);
  }

  /** After the previous message under the same key is settled, so a later drawing lands last. */
  private inOrder(row: OutboxRow): Promise<Delivered> {
    const before = this.inFlight.get(row.key);
    const mine = (before ? before.then(() => this.deliver(row)) : this.deliver(row)).catch(
      (error: unknown): Delivered => {
        this.o.logger.error(`Outbox ${row.key}: sending failed:`, error);
        return { row, delivery: 'skipped' };
      },
    );
    this.inFlight.set(row.key, mine);
    void mine.then(() => {
      if (this.inFlight.get(row.key) === mine) this.inFlight.delete(row.key);
    });
    return mine;
  }

  private async deliver(row: OutboxRow): Promise<Delivered> {
    const { db, worker, now, leaseMs, send } = this.o;
    let attempts: number | undefined;
    const claim = () => {
      if (attempts === undefined && !this.stopped)
        attempts = claimOne(db, row.id, worker, now(), leaseMs);
      return attempts !== undefined;
    };
    const outcome = await send(row, claim);
    // A request that never left is settled too: claimed now, it is retried or given up.
    if (!outcome || !claim()) return { row, delivery: 'skipped' };
    const claimed: OutboxRow = { ...row, attempts: attempts ?? 1, state: 'sending' };
    const delivered = await (outcome.ok
      ? this.sent(claimed, outcome.result ?? {})
      : this.failed(claimed, outcome));
    if (delivered.delivery !== 'skipped') await this.after(claimed);
    return delivered;
  }

  private async sent(row: OutboxRow, result: Record<string, unknown>): Promise<Delivered> {
    const { db, worker, now, settlement } = this.o;
    if (this.troubled) {
      // Slack answers again: what waited out its backoff goes now, not minutes later.
      this.troubled = false;
      retryNow(db, now());
      if (this.polling) this.schedule(0);
    }
    const next = db.transaction(() =>
      markSent(db, row, worker, result, now()) ? settlement.sent(row, result) : undefined,
    );
    if (!next) return { row, delivery: 'skipped' };
    await this.sendNow(next);
    return { row, delivery: 'sent' };
  }

  private async failed(
    row: OutboxRow,
    outcome: Extract<SendOutcome, { ok: false }>,
  ): Promise<Delivered> {
    const { db, worker, now, maxAttempts, backoffMs } = this.o;
    const { error } = outcome;
    const uncertain = outcome.maybeDelivered === true && !row.idempotent;
    if (outcome.retry) this.troubled ||= outcome.error !== 'ratelimited';
    if (outcome.retry && !uncertain && row.attempts < maxAttempts) {
      const wait = backoff(row.attempts, backoffMs, outcome.retryAfterMs);
      const at = now();
      if (!reschedule(db, row, worker, new Date(at.getTime() + wait), error, at))
        return { row, delivery: 'skipped' };
      this.o.logger.warn(`Outbox ${row.key}: ${error}; attempt ${row.attempts + 1} in ${wait} ms`);
      return { row, delivery: 'retried', error };
    }
    const told = db.transaction(() =>
      markFailed(db, row, worker, error, now())
        ? this.o.settlement.givenUp(row, { error, uncertain })
        : undefined,
    );
    if (!told) return { row, delivery: 'skipped' };
    this.o.logger.warn(`Outbox ${row.key}: given up after ${row.attempts} attempt(s): ${error}`);
    await this.sendNow(told);
    return { row, delivery: 'failed', error };
  }

  /** Gives up a message found interrupted: tells the person. */
  private async giveUp(row: OutboxRow, why: GiveUp): Promise<void> {
    this.o.logger.warn(`Outbox ${row.key}: given up: ${why.error}`);
    const told = this.o.db.transaction(() => this.o.settlement.givenUp(row, why));
    await this.sendNow(told);
    await this.after(row);
  }

  private async after(row: OutboxRow): Promise<void> {
    try {
      await this.o.settlement.after?.(row);
    } catch (error) {
      this.o.logger.error(`Outbox ${row.key}: settled, but what follows failed:`, error);
    }
  }
}
