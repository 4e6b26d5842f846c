import { transition } from '../store/decisions.js';
import type { Accepted, ChangeInput, Ctx, Result } from './context.js';
import { asksFirst, findDecision, refused } from './lookup.js';
import { afterChange, changing } from './refresh.js';

/** Moves a decision along its lifecycle without anything else to record: start evaluating, abandon. */
export async function changeStatus(
  ctx: Ctx,
  input: ChangeInput & { to: 'evaluating' | 'abandoned' },
  accepted?: Accepted,
): Promise<Result> {
  const { id, actorId, to } = input;
  const d = findDecision(ctx, id);
  if (!d) return { ok: false, status: 'gone' };
  const ask = asksFirst(d, input);
  if (ask) return ask;
  const change = { actorId, at: ctx.now(), kind: to, details: {} };
  const done = changing(ctx, actorId, () => transition(ctx.db, id, to, change, {}, input.seen));
  if (!done) return refused(ctx, id);
  await accepted?.({ decision: done.decision });
  await afterChange(ctx, done.decision, actorId, done.owed);
  return { ok: true, decision: done.decision };
}
