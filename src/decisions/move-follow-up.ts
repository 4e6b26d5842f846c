import { isOpen } from '../domain/index.js';
import type { Accepted, Ctx, Result } from './context.js';
import { scheduleFollowUp } from './follow-up.js';
import { findDecision } from './lookup.js';
import { afterChange } from './refresh.js';

/** Change follow-up: ask how it went `days` from now; only while the decision is open. */
export async function moveFollowUp(
  ctx: Ctx,
  input: { id: number; actorId: string; days: number },
  accepted?: Accepted,
): Promise<Result> {
  const d = findDecision(ctx, input.id);
  if (!d || !isOpen(d.status)) return { ok: false, status: d?.status ?? 'gone' };
  await accepted?.({ decision: d });
  const { owed } = await scheduleFollowUp(ctx, d, input.actorId, input.days);
  await afterChange(ctx, d, input.actorId, owed);
  return { ok: true, decision: d };
}
