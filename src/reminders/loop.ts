import type { webApi } from '@slack/bolt';
import { buildFollowUp, buildFollowUpDm } from '../../blocks/follow-up.js';
import type { Ctx } from '../decisions/context.js';
import {
  claimFollowUps,
  followUpAsked,
  followUpFailed,
  followUpQuestion,
  followUpUncertain,
  recoverInterrupted,
  retryFollowUp,
} from '../decisions/follow-up-delivery.js';
import { isOpen } from '../domain/index.js';
import { postMessage } from '../slack-send.js';
import type { Reminder } from '../store/schema.js';
import { backoffMs, classifyPostFailure } from './outcome-of-post.js';

export interface LoopOptions {
  /** What the decision services work with; its client redraws the views of a decision. */
  ctx: Ctx;
  /** Asks the question: a Web API client that never retries by itself (a blind retry could post twice). */
  poster: webApi.WebClient;
  worker: string;
  maxAttempts: number;
  batchSize?: number;
  concurrency?: number;
  /** How long a claim may stay unsettled before its process is taken for dead. */
  leaseMs?: number;
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

  constructor(private readonly o: LoopOptions) {}

  /** One pass: recover dead claims, then post everything due. */
  async tick(): Promise<TickResult> {
    const { ctx, worker } = this.o;
    const result: TickResult = { sent: 0, retried: 0, failed: 0, interrupted: 0 };
    for (const r of recoverInterrupted(ctx, this.o.leaseMs ?? 120_000)) {
      result.interrupted++;
      await this.tellRequester(
        r,
        'I was interrupted while asking this in the thread, so I may or may not have asked there.',
      );
    }
    for (;;) {
      const batch = claimFollowUps(ctx, worker, this.o.batchSize ?? 200);
      if (batch.length === 0) return result;
      const queue = [...batch];
      const work = async () => {
        for (let r = queue.shift(); r; r = queue.shift()) await this.deliver(r, result);
      };
      await Promise.all(Array.from({ length: this.o.concurrency ?? 10 }, work));
    }
  }

  private async deliver(r: Reminder, result: TickResult): Promise<void> {
    const { ctx, worker } = this.o;
    const q = followUpQuestion(ctx, r.decisionId);
    if (!q || !isOpen(q.decision.status)) {
      followUpFailed(ctx, r, worker, 'decision no longer open');
      return;
    }
    const d = q.decision;
    let ts: string;
    try {
      const posted = await postMessage(this.o.poster, {
        channel: d.messageChannel ?? d.channelId,
        ...(d.messageTs ? { thread_ts: d.messageTs } : {}),
        ...buildFollowUp(q.followUp),
      });
      ts = posted.ts;
    } catch (error) {
      await this.failed(r, error, result);
      return;
    }
    if (await followUpAsked(ctx, r, worker, ts)) result.sent++;
  }

  private async failed(r: Reminder, error: unknown, result: TickResult): Promise<void> {
    const { ctx, worker } = this.o;
    const failure = classifyPostFailure(error);
    ctx.logger.warn(
      `Follow-up of decision #${r.decisionId}, attempt ${r.attempts}: ${failure.kind} (${failure.error})`,
    );
    if (failure.kind === 'retry' && r.attempts < this.o.maxAttempts) {
      const next = new Date(ctx.now().getTime() + backoffMs(r.attempts, failure.retryAfterMs));
      if (retryFollowUp(ctx, r, worker, next, failure.error)) result.retried++;
    } else if (failure.kind === 'uncertain') {
      if (!followUpUncertain(ctx, r, worker, failure.error)) return;
      result.interrupted++;
      await this.tellRequester(
        r,
        'Slack did not answer when I asked this in the thread, so I may or may not have asked there.',
      );
    } else if (followUpFailed(ctx, r, worker, failure.error)) {
      result.failed++;
      await this.tellRequester(
        r,
        `I could not ask this in the decision's thread (Slack said \`${failure.error}\`).`,
      );
    }
  }

  /** A DM to the requester with the same question and buttons, so the outcome can still be recorded. */
  private async tellRequester(r: Reminder, why: string): Promise<void> {
    const q = followUpQuestion(this.o.ctx, r.decisionId);
    if (!q) return;
    const requester = q.decision.requesterId;
    try {
      await postMessage(this.o.poster, {
        channel: requester,
        ...buildFollowUpDm(q.followUp, why),
      });
    } catch (error) {
      this.o.ctx.logger.error(
        `Could not tell <@${requester}> about follow-up #${q.decision.id}:`,
        error,
      );
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
        this.o.ctx.logger.error('Follow-up loop failed:', error);
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
