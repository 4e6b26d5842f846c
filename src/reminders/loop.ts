import type { Logger, webApi } from '@slack/bolt';
import { buildFollowUp } from '../../blocks/follow-up.js';
import { followUpOf } from '../decisions/follow-up.js';
import { postMessage } from '../slack-send.js';
import type { DB } from '../store/db.js';
import { getDecision } from '../store/decisions.js';
import { appendEvent } from '../store/events.js';
import { OPEN_STATUSES } from '../store/lifecycle.js';
import {
  claimDue,
  markFailed,
  markInterrupted,
  markRetry,
  markSent,
  recoverStale,
} from '../store/reminders.js';
import type { Reminder } from '../store/schema.js';
import { backoffMs, classifyPostFailure } from './outcome-of-post.js';

export interface LoopDeps {
  db: DB;
  /** A Web API client that never retries by itself: a blind retry could post twice. */
  client: webApi.WebClient;
  now: () => Date;
  logger: Logger;
  worker: string;
  maxAttempts: number;
  batchSize?: number;
  concurrency?: number;
  /** How long a claim may stay unsettled before its process is taken for dead. */
  leaseMs?: number;
  /** Told when a decision's follow-up changed, so views of it can be refreshed. */
  onChange?: (decisionId: number) => Promise<void>;
}

export interface TickResult {
  sent: number;
  retried: number;
  failed: number;
  interrupted: number;
}

/** Asks, in each decision's thread, how it went once its evaluation period is over. */
export class ReminderLoop {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<TickResult> | undefined;
  private stopped = false;

  constructor(private readonly deps: LoopDeps) {}

  /** One pass: recover dead claims, then post everything due. */
  async tick(): Promise<TickResult> {
    const { db, now, worker } = this.deps;
    const result: TickResult = { sent: 0, retried: 0, failed: 0, interrupted: 0 };
    const stale = recoverStale(
      db,
      new Date(now().getTime() - (this.deps.leaseMs ?? 120_000)),
      now(),
    );
    for (const r of stale) {
      result.interrupted++;
      await this.tellRequester(
        r,
        'I was interrupted while asking this in the thread, so I may or may not have asked there.',
      );
    }
    for (;;) {
      const batch = claimDue(db, now(), worker, this.deps.batchSize ?? 200);
      if (batch.length === 0) return result;
      const queue = [...batch];
      const work = async () => {
        for (let r = queue.shift(); r; r = queue.shift()) await this.deliver(r, result);
      };
      await Promise.all(Array.from({ length: this.deps.concurrency ?? 10 }, work));
    }
  }

  private async deliver(r: Reminder, result: TickResult): Promise<void> {
    const { db, client, now, worker, logger } = this.deps;
    const d = getDecision(db, r.decisionId);
    if (!d || !OPEN_STATUSES.includes(d.status)) {
      markFailed(db, r, worker, 'decision no longer open', now());
      return;
    }
    let ts: string;
    try {
      const posted = await postMessage(client, {
        channel: d.messageChannel ?? d.channelId,
        ...(d.messageTs ? { thread_ts: d.messageTs } : {}),
        ...buildFollowUp(followUpOf(db, d)),
      });
      ts = posted.ts;
    } catch (error) {
      await this.failed(r, d.id, error, result);
      return;
    }
    if (!markSent(db, r, worker, ts, now())) return;
    appendEvent(db, d.id, { actorId: 'app', at: now(), kind: 'follow_up_sent', details: { ts } });
    result.sent++;
    try {
      await this.deps.onChange?.(d.id);
    } catch (error) {
      logger.error(
        `Follow-up of decision #${d.id} was sent, but its views were not refreshed:`,
        error,
      );
    }
  }

  private async failed(
    r: Reminder,
    decisionId: number,
    error: unknown,
    result: TickResult,
  ): Promise<void> {
    const { db, now, worker } = this.deps;
    const failure = classifyPostFailure(error);
    this.deps.logger.warn(
      `Follow-up of decision #${decisionId}, attempt ${r.attempts}: ${failure.kind} (${failure.error})`,
    );
    if (failure.kind === 'retry' && r.attempts < this.deps.maxAttempts) {
      const next = new Date(now().getTime() + backoffMs(r.attempts, failure.retryAfterMs));
      if (markRetry(db, r, worker, next, failure.error, now())) result.retried++;
    } else if (failure.kind === 'uncertain') {
      if (!markInterrupted(db, r, worker, failure.error, now())) return;
      result.interrupted++;
      await this.tellRequester(
        r,
        'Slack did not answer when I asked this in the thread, so I may or may not have asked there.',
      );
    } else if (markFailed(db, r, worker, failure.error, now())) {
      result.failed++;
      await this.tellRequester(
        r,
        `I could not ask this in the decision's thread (Slack said \`${failure.error}\`).`,
      );
    }
  }

  /** A DM to the requester with the same question and buttons, so the outcome can still be recorded. */
  private async tellRequester(r: Reminder, why: string): Promise<void> {
    const d = getDecision(this.deps.db, r.decisionId);
    if (!d) return;
    const followUp = buildFollowUp(followUpOf(this.deps.db, d));
    try {
      await postMessage(this.deps.client, {
        channel: d.requesterId,
        text: `${why} ${followUp.text}`,
        blocks: [
          { type: 'context', elements: [{ type: 'mrkdwn', text: why }] },
          ...followUp.blocks,
        ],
      });
    } catch (error) {
      this.deps.logger.error(`Could not tell <@${d.requesterId}> about follow-up #${d.id}:`, error);
    }
  }

  /** Ticks at once (so what fell due while the app was down goes out now), then every `pollSeconds`. */
  start(pollSeconds: number): void {
    this.stopped = false;
    const loop = async () => {
      this.running = this.tick();
      try {
        await this.running;
      } catch (error) {
        this.deps.logger.error('Follow-up loop failed:', error);
      }
      if (!this.stopped) this.timer = setTimeout(loop, pollSeconds * 1000);
    };
    void loop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }
}
