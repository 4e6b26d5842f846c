import type { Approach } from '../engine/index.js';
import { transition } from '../store/decisions.js';
import type { Accepted, Ctx, Result } from './context.js';
import { scheduleFollowUp } from './follow-up.js';
import { refused } from './lookup.js';
import { afterChange, changing } from './refresh.js';

/** Choose differently: the team's own approach, with its reason, adopted instead. */
export async function override(
  ctx: Ctx,
  input: { id: number; actorId: string; approach: Approach; reason: string },
  accepted?: Accepted,
): Promise<Result> {
  const { id, actorId, approach, reason } = input;
  const change = {
    actorId,
    at: ctx.now(),
    kind: 'overridden',
    details: { approach, reason },
  } as const;
  const done = changing(ctx, actorId, () =>
    transition(ctx.db, id, 'adopted', change, { adoptedApproach: approach }),
  );
  if (!done) return refused(ctx, id);
  await accepted?.({ decision: done.decision });
  const { owed } = await scheduleFollowUp(ctx, done.decision, actorId);
  await afterChange(ctx, done.decision, actorId, owed);
  return { ok: true, decision: done.decision };
}
