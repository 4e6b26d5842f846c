import type { FollowUp } from '../../blocks/follow-up.js';
import { APP_ACTOR } from '../domain/index.js';
import { getDecision } from '../store/decisions.js';
import { appendEvent } from '../store/events.js';
import {
  claimDue,
  markFailed,
  markInterrupted,
  markRetry,
  markSent,
  recoverStale,
} from '../store/reminders.js';
import type { Decision, Reminder } from '../store/schema.js';
import type { Ctx } from './context.js';
import { followUpOf } from './follow-up.js';
import { afterChange } from './refresh.js';

// The follow-up loop's work on the decision log, so the loop itself only claims, posts and
// decides what a failure means. Each settle returns false when the claim was lost meanwhile.

/** Claims whose process stopped mid-post (claimed over `leaseMs` ago): now interrupted. */
export const recoverInterrupted = (ctx: Ctx, leaseMs: number): Reminder[] =>
  recoverStale(ctx.db, new Date(ctx.now().getTime() - leaseMs), ctx.now());

export const claimFollowUps = (ctx: Ctx, worker: string, limit: number): Reminder[] =>
  claimDue(ctx.db, ctx.now(), worker, limit);

/** The decision a follow-up is about, and the question to ask. */
export function followUpQuestion(
  ctx: Ctx,
  decisionId: number,
): { decision: Decision; followUp: FollowUp } | undefined {
  const decision = getDecision(ctx.db, decisionId);
  return decision && { decision, followUp: followUpOf(ctx, decision) };
}

/** The question is in the thread: settled, recorded, and the views of the decision redrawn. */
export async function followUpAsked(
  ctx: Ctx,
  r: Reminder,
  worker: string,
  ts: string,
): Promise<boolean> {
  if (!markSent(ctx.db, r, worker, ts, ctx.now())) return false;
  const id = r.decisionId;
  appendEvent(ctx.db, id, {
    actorId: APP_ACTOR,
    at: ctx.now(),
    kind: 'follow_up_sent',
    details: { ts },
  });
  const requester = getDecision(ctx.db, id)?.requesterId;
  try {
    if (requester) await afterChange(ctx, id, requester);
  } catch (error) {
    ctx.logger.error(
      `Follow-up of decision #${id} was sent, but its views were not refreshed:`,
      error,
    );
  }
  return true;
}

export const retryFollowUp = (ctx: Ctx, r: Reminder, worker: string, next: Date, error: string) =>
  markRetry(ctx.db, r, worker, next, error, ctx.now());

/** No answer from Slack: it may have posted, so the question is not asked there again. */
export const followUpUncertain = (ctx: Ctx, r: Reminder, worker: string, error: string) =>
  markInterrupted(ctx.db, r, worker, error, ctx.now());

export const followUpFailed = (ctx: Ctx, r: Reminder, worker: string, error: string) =>
  markFailed(ctx.db, r, worker, error, ctx.now());
