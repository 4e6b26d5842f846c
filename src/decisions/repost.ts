import type { Decision } from '../store/schema.js';
import type { Ctx, Result } from './context.js';
import { findDecision } from './lookup.js';
import { type PostResult, postRecommendation } from './publish.js';

/** Post it now: the recommendation again in its channel, unless it is there already. */
export async function repost(
  ctx: Ctx,
  input: { id: number; actorId: string },
): Promise<Result<{ decision: Decision; post: PostResult }>> {
  const d = findDecision(ctx, input.id);
  if (!d) return { ok: false, status: 'gone' };
  const post = d.messageTs
    ? { ok: true as const }
    : await postRecommendation(ctx, d, input.actorId);
  return { ok: true, decision: d, post };
}
