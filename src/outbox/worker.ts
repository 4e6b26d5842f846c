import type { Logger } from '@slack/bolt';
import type { DB } from '../store/db.js';
import { claim, failInterrupted, markFailed, markSent, reschedule } from '../store/outbox.js';
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

export interface OutboxWorkerOptions {
  db: DB;
  send: (row: OutboxRow) => Promise<SendOutcome>;
  now: () => Date;
  /** Unique per process: claims are made in its name. */
  worker: string;
  /** Called once for each message given up: tell the person by a path that works. */
  onGiveUp: (row: OutboxRow, error: string) => Promise<void> | void;
  logger: Logger;
  /** How long a claim holds; longer than any send takes. */
  leaseMs?: number;
  batch?: number;
  maxAttempts?: number;
  backoffMs?: { base: number; max: number };
}

/** Delay before attempt `attempts + 1`: doubling from `base`, at most `max`, never before Retry-After. */
export function backoff(attempts: number, b: { base: number; max: number }, retryAfterMs = 0) {
  return Math.max(retryAfterMs, Math.min(b.max, b.base * 2 ** (attempts - 1)));
}

/**
 * Sends what the outbox holds. Survives restarts: a claim expires after `leaseMs`, and then an
 * idempotent message is sent again while any other is given up, so nothing is sent twice.
 */
export class OutboxWorker {
  private readonly o: Required<OutboxWorkerOptions>;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();

  constructor(options: OutboxWorkerOptions) {
    this.o = {
      leaseMs: 60_000,
      batch: 20,
      maxAttempts: 6,
      backoffMs: { base: 1_000, max: 5 * 60_000 },
      ...options,
    };
  }

  /** One pass: gives up interrupted messages, then sends a batch of due ones. */
  async runOnce(): Promise<{ sent: number; retried: number; failed: number }> {
    const { db, now, worker, leaseMs, batch } = this.o;
    const counts = { sent: 0, retried: 0, failed: 0 };
    for (const row of failInterrupted(db, now())) {
      counts.failed++;
      await this.giveUp(row, row.lastError ?? 'interrupted while sending');
    }
    const rows = claim(db, worker, now(), leaseMs, batch);
    await Promise.all(rows.map(async (row) => counts[await this.deliver(row)]++));
    return counts;
  }

  /** Polls every `pollMs` until stopped; a pass runs after the previous one settles. */
  start(pollMs: number): void {
    const tick = () => {
      this.running = this.runOnce()
        .catch((error: unknown) => this.o.logger.error('Outbox pass failed:', error))
        .finally(() => {
          if (this.timer) this.timer = setTimeout(tick, pollMs);
        });
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private async deliver(row: OutboxRow): Promise<'sent' | 'retried' | 'failed'> {
    const { db, worker, now, maxAttempts, backoffMs } = this.o;
    const outcome = await this.o.send(row).catch(
      (error: unknown): SendOutcome => ({
        ok: false,
        error: String(error),
        retry: true,
        maybeDelivered: true,
      }),
    );
    if (outcome.ok) {
      markSent(db, row, worker, outcome.result ?? {}, now());
      return 'sent';
    }
    const unsafe = outcome.maybeDelivered && !row.idempotent;
    if (outcome.retry && !unsafe && row.attempts < maxAttempts) {
      const wait = backoff(row.attempts, backoffMs, outcome.retryAfterMs);
      const at = now();
      reschedule(db, row, worker, new Date(at.getTime() + wait), outcome.error, at);
      this.o.logger.warn(
        `Outbox ${row.key}: ${outcome.error}; attempt ${row.attempts + 1} in ${wait} ms`,
      );
      return 'retried';
    }
    if (markFailed(db, row, worker, outcome.error, now())) await this.giveUp(row, outcome.error);
    return 'failed';
  }

  private async giveUp(row: OutboxRow, error: string): Promise<void> {
    this.o.logger.warn(`Outbox ${row.key}: given up after ${row.attempts} attempt(s): ${error}`);
    try {
      await this.o.onGiveUp(row, error);
    } catch (e) {
      this.o.logger.error(`Outbox ${row.key}: telling the person failed:`, e);
    }
  }
}
