import { isOpen } from '../domain/index.js';
import { getDecision } from '../store/decisions.js';
import { cancelReminder } from '../store/reminders.js';
import type { Ctx } from './context.js';
import { republishHomes } from './home.js';
import { refreshMessage } from './publish.js';

/**
 * After any change to a decision: a concluded decision needs no follow-up any more, its
 * message is redrawn, and App Home is republished for the people it concerns.
 */
export async function afterChange(ctx: Ctx, decisionId: number, actorId: string): Promise<void> {
  const d = getDecision(ctx.db, decisionId);
  if (!d) return;
  if (!isOpen(d.status)) cancelReminder(ctx.db, d.id, ctx.now());
  await refreshMessage(ctx, d.id);
  await republishHomes(ctx, [d.requesterId, actorId]);
}
