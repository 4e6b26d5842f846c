import { slackSaid } from '../../blocks/delivery-notices.js';
import { buildFollowUp, buildFollowUpDm } from '../../blocks/follow-up.js';
import { APP_ACTOR, isOpen } from '../domain/index.js';
import type { GiveUp } from '../outbox/worker.js';
import { getDecision } from '../store/decisions.js';
import { appendEvent } from '../store/events.js';
import { claimDue, markAsked, markNotAsked } from '../store/reminders.js';
import type { OutboxRow, Reminder } from '../store/schema.js';
import type { Ctx } from './context.js';
import { followUpOf } from './follow-up.js';
import { notice, owe, owedMessage } from './owed.js';
import { followUpKey, redraw } from './refresh.js';

// The follow-up loop's work on the decision log: due follow-ups become questions in the
// outbox, and what became of a question settles its follow-up.

/** The question a claimed follow-up asks in its decision's thread; none once the decision is concluded. */
function question(ctx: Ctx, r: Reminder) {
  const d = getDecision(ctx.db, r.decisionId);
  if (!d || !isOpen(d.status)) {
    markNotAsked(ctx.db, r.decisionId, 'failed', 'decision no longer open', ctx.now());
    return undefined;
  }
  return owedMessage(
    followUpKey(d.id, r.dueAt),
    'chat.postMessage',
    {
      channel: d.messageChannel ?? d.channelId,
      ...(d.messageTs ? { thread_ts: d.messageTs } : {}),
      ...buildFollowUp(followUpOf(ctx, d)),
    },
    { kind: 'follow_up', decisionId: d.id },
  );
}

/**
 * Claims up to `limit` due follow-ups and writes their questions into the outbox, in one
 * transaction: two processes never claim the same follow-up, and a claimed one always has
 * its question owed. Returns the questions to send.
 */
export const askDueFollowUps = (ctx: Ctx, worker: string, limit: number): OutboxRow[] =>
  ctx.db.transaction(() =>
    owe(
      ctx,
      claimDue(ctx.db, ctx.now(), worker, limit).map((r) => question(ctx, r)),
    ),
  );

/** The question is in the thread: settled and recorded; the decision's message is redrawn. */
export function followUpAsked(ctx: Ctx, decisionId: number, ts: string): OutboxRow[] {
  if (!markAsked(ctx.db, decisionId, ts, ctx.now())) return [];
  appendEvent(ctx.db, decisionId, {
    actorId: APP_ACTOR,
    at: ctx.now(),
    kind: 'follow_up_sent',
    details: { ts },
  });
  const requester = getDecision(ctx.db, decisionId)?.requesterId;
  return requester ? owe(ctx, redraw(ctx, decisionId, requester)) : [];
}

/**
 * The question never went, or Slack may or may not have it: not asked in the thread again;
 * the requester gets it in a DM, with its buttons, so the outcome can still be recorded.
 */
export function followUpNotAsked(ctx: Ctx, row: OutboxRow, decisionId: number, why: GiveUp) {
  markNotAsked(ctx.db, decisionId, why.uncertain ? 'interrupted' : 'failed', why.error, ctx.now());
  const d = getDecision(ctx.db, decisionId);
  if (!d) return [];
  const text = why.uncertain
    ? `I may or may not have asked this in the decision's thread (${slackSaid(why.error)}).`
    : `I could not ask this in the decision's thread (${slackSaid(why.error)}).`;
  return owe(ctx, [
    notice(`follow-up-dm:${row.id}`, d.requesterId, buildFollowUpDm(followUpOf(ctx, d), text)),
  ]);
}
