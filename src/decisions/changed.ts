import { getDecision } from '../store/decisions.js';
import { OPEN_STATUSES } from '../store/lifecycle.js';
import { cancelReminder } from '../store/reminders.js';
import { republishHomes } from './home.js';
import { type PublishContext, refreshMessage } from './publish.js';

/**
 * After any change to a decision: a concluded decision needs no follow-up any more, its
 * message is redrawn, and App Home is republished for the people it concerns.
 */
export async function afterChange(
  ctx: PublishContext,
  decisionId: number,
  actorId: string,
): Promise<void> {
  const d = getDecision(ctx.db, decisionId);
  if (!d) return;
  if (!OPEN_STATUSES.includes(d.status)) cancelReminder(ctx.db, d.id, ctx.now());
  await refreshMessage(ctx, d.id);
  await republishHomes(ctx, [d.requesterId, actorId]);
}
