import type { DB } from '../store/db.js';

// The app's clock in the playground: real time plus however far the page has skipped ahead.

const WEEK_MS = 7 * 24 * 3600 * 1000;

export class Clock {
  /** How far the page has skipped ahead of real time. */
  offsetMs = 0;

  constructor(
    private readonly db: DB,
    /** Runs the follow-up loop once, after the clock moved. */
    private readonly afterSkip: () => Promise<unknown>,
  ) {}

  readonly now = (): Date => new Date(Date.now() + this.offsetMs);

  /** Skips a week, or to just after the next follow-up falls due; returns the new time. */
  async skip(to: 'week' | 'next'): Promise<{ now: string; skipped: boolean }> {
    const target = to === 'week' ? this.now().getTime() + WEEK_MS : this.nextFollowUp();
    const skipped = target !== undefined && target > this.now().getTime();
    if (skipped) this.offsetMs = target - Date.now() + 1000;
    await this.afterSkip();
    return { now: this.now().toISOString(), skipped };
  }

  private nextFollowUp(): number | undefined {
    const row = this.db.$client
      .prepare("SELECT min(due_at) AS due FROM reminders WHERE state = 'pending'")
      .get() as { due: number | null };
    return row.due ?? undefined;
  }
}
