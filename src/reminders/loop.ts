import type { Ctx } from '../decisions/context.js';
import { askDueFollowUps } from '../decisions/follow-up-delivery.js';

export interface LoopOptions {
  /** What the decision services work with, the outbox among them. */
  ctx: Ctx;
  worker: string;
  batchSize?: number;
  /** Questions sent at once; the rest wait their turn. */
  concurrency?: number;
}

export interface TickResult {
  sent: number;
  retried: number;
  failed: number;
}

/**
 * Asks, in each decision's thread, how it went once its evaluation period is over. Due
 * follow-ups become questions in the outbox, which sends them, retries them and tells the
 * requester by DM when one never goes, as for every message the app owes.
 */
export class ReminderLoop {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<TickResult> | undefined;
  private stopped = false;

  constructor(private readonly o: LoopOptions) {}

  /** One pass: everything due is asked; what became of each question's first attempt. */
  async tick(): Promise<TickResult> {
    const { ctx, worker } = this.o;
    const result: TickResult = { sent: 0, retried: 0, failed: 0 };
    for (;;) {
      const queue = askDueFollowUps(ctx, worker, this.o.batchSize ?? 200);
      if (queue.length === 0) return result;
      const work = async () => {
        for (let row = queue.shift(); row; row = queue.shift()) {
          for (const { delivery } of await ctx.outbox.sendNow([row]))
            if (delivery !== 'skipped') result[delivery]++;
        }
      };
      await Promise.all(Array.from({ length: this.o.concurrency ?? 10 }, work));
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
