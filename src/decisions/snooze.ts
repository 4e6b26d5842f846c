import type { FollowUp } from '../../blocks/follow-up.js';
import { SNOOZE_DAYS } from '../domain/index.js';
import type { Decision } from '../store/schema.js';
import type { Accepted, Ctx, Result } from './context.js';
import { followUpOf, scheduleFollowUp } from './follow-up.js';
import { findDecision } from './lookup.js';
import { afterChange } from './refresh.js';

type Snoozed = { decision: Decision; followUp: FollowUp; dueAt: Date };

/** Snooze a week: the follow-up question comes back in seven days. */
export async function snooze(
  ctx: Ctx,
  input: { id: number; actorId: string },
  accepted?: Accepted<Snoozed>,
): Promise<Result<Snoozed>> {
  const d = findDecision(ctx, input.id);
  if (!d) return { ok: false, status: 'gone' };
  const { reminder, owed } = await scheduleFollowUp(ctx, d, input.actorId, SNOOZE_DAYS, 'snoozed');
  const done = { decision: d, followUp: followUpOf(ctx, d), dueAt: reminder.dueAt };
  await accepted?.(done);
  await afterChange(ctx, d, input.actorId, owed);
  return { ok: true, ...done };
}
