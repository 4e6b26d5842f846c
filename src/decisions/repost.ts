import { getDecision } from '../store/decisions.js';
import { enqueue, outboxRow, requeueFailed } from '../store/outbox.js';
import type { Decision } from '../store/schema.js';
import type { Ctx, Result } from './context.js';
import { findDecision } from './lookup.js';
import { recommendationKey, recommendationMessage } from './publish.js';

export type PostResult = { ok: true } | { ok: false; error: string };

/**
 * Post it now: the recommendation given up earlier goes back into the outbox and is sent at
 * once, unless it is in its channel already. The answer is what became of this attempt.
 */
export async function repost(
  ctx: Ctx,
  input: { id: number; actorId: string },
): Promise<Result<{ decision: Decision; post: PostResult }>> {
  const d = findDecision(ctx, input.id);
  if (!d) return { ok: false, status: 'gone' };
  if (d.messageTs) return { ok: true, decision: d, post: { ok: true } };
  const key = recommendationKey(d.id);
  const row =
    requeueFailed(ctx.db, key, ctx.now()) ??
    outboxRow(ctx.db, key) ??
    enqueue(ctx.db, recommendationMessage(ctx, d, input.actorId), ctx.now());
  const [sent] = await ctx.outbox.sendNow([row]);
  const posted = Boolean(getDecision(ctx.db, d.id)?.messageTs);
  const post: PostResult = posted
    ? { ok: true }
    : { ok: false, error: sent?.error ?? 'still being sent' };
  return { ok: true, decision: d, post };
}
