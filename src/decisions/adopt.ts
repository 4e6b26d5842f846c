import { transition } from '../store/decisions.js';
import type { ChangeInput, Ctx, Result } from './context.js';
import { scheduleFollowUp } from './follow-up.js';
import { asksFirst, findDecision, refused } from './lookup.js';
import { afterChange, changing } from './refresh.js';

/** Adopt: the team takes the recommendation; the follow-up is set for the end of its period. */
export async function adopt(ctx: Ctx, input: ChangeInput): Promise<Result> {
  const d = findDecision(ctx, input.id);
  if (!d) return { ok: false, status: 'gone' };
  const ask = asksFirst(d, input);
  if (ask) return ask;
  const approach = d.recommendedApproach;
  const change = {
    actorId: input.actorId,
    at: ctx.now(),
    kind: 'adopted',
    details: { approach },
  } as const;
  const done = changing(ctx, input.actorId, () =>
    transition(ctx.db, d.id, 'adopted', change, { adoptedApproach: approach }, input.seen),
  );
  if (!done) return refused(ctx, d.id);
  // The follow-up's drawing supersedes the one the adoption wrote, so one update goes out.
  const { owed } = await scheduleFollowUp(ctx, done.decision, input.actorId);
  await afterChange(ctx, done.decision, input.actorId, owed);
  return { ok: true, decision: done.decision };
}
