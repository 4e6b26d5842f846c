import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { DB } from '../store/db.js';
import { firstDelivery, pruneDeliveries } from '../store/deliveries.js';

/** Slack retries a request for a few minutes; what it identifies is kept an hour. */
const KEEP_MS = 60 * 60 * 1000;

/** What identifies one request across Slack's retries of it. */
export function deliveryKey(body: Record<string, unknown>): string | undefined {
  if (typeof body.event_id === 'string') return `event:${body.event_id}`;
  // A trigger is issued once per command, click or submission.
  if (typeof body.trigger_id === 'string') return `trigger:${body.trigger_id}`;
  return undefined;
}

/**
 * A global middleware: every request is recorded by its key as it arrives; a retry (Slack's
 * X-Slack-Retry-Num) of one already taken is acknowledged and goes no further, so a command
 * does not open a second modal, nor a click or event act twice. A retry of a request never
 * seen (it reached another process, or this one before a crash) is handled as new.
 */
export function skipRetries(db: DB, now: () => Date): Middleware<AnyMiddlewareArgs> {
  let pruned = 0;
  return async (args) => {
    const { body, context, logger, next } = args;
    const key = deliveryKey(body as Record<string, unknown>);
    const at = now();
    if (key === undefined || firstDelivery(db, key, at) || context.retryNum === undefined)
      return prune(at, next);
    logger.info(`Retry ${context.retryNum} of ${key} skipped: the request was already taken`);
    if ('ack' in args && typeof args.ack === 'function') await args.ack();
  };
  async function prune(at: Date, next: () => Promise<void>) {
    if (at.getTime() - pruned > KEEP_MS / 4) {
      pruned = at.getTime();
      pruneDeliveries(db, new Date(at.getTime() - KEEP_MS));
    }
    await next();
  }
}
