import { differenceInCalendarDays } from 'date-fns';
import type { Origin } from '../../blocks/modal-metadata.js';
import { clampPeriod, confirmsFirst } from '../domain/index.js';
import type { TaskProfileInput } from '../engine/index.js';
import { getDecision } from '../store/decisions.js';
import { listEvents } from '../store/events.js';
import { reminderFor } from '../store/reminders.js';
import type { Decision } from '../store/schema.js';
import type { ChangeInput, Ctx, Refused } from './context.js';

/** The decision a button or modal names, if it still exists. */
export const findDecision = (ctx: Ctx, id: number): Decision | undefined =>
  id > 0 ? getDecision(ctx.db, id) : undefined;

/** Someone else's decision, not yet confirmed: they are asked first, and nothing changes. */
export const asksFirst = (d: Decision, input: ChangeInput): Refused | undefined =>
  confirmsFirst(input.actorId, d.requesterId, input.confirmed ?? false)
    ? { ok: false, status: 'confirm_first', requesterId: d.requesterId }
    : undefined;

/** A refused change: the status the decision is in now, or gone. */
export const refused = (ctx: Ctx, id: number): Refused => ({
  ok: false,
  status: getDecision(ctx.db, id)?.status ?? 'gone',
});

/** What a re-assessment starts from: this decision's answers, and where to post the new one. */
export function reassessmentOf(
  ctx: Ctx,
  d: Decision,
): { profile: TaskProfileInput; origin: Origin } {
  // A quality measured since (reported with the outcome) replaces the one first given.
  const measured = listEvents(ctx.db, d.id)
    .flatMap((e) => (e.kind === 'succeeded' || e.kind === 'failed' ? [e.details.qualityPct] : []))
    .findLast((q) => q !== undefined);
  return {
    profile:
      measured === undefined ? d.profile : { ...d.profile, qualityPct: Math.min(100, measured) },
    origin: { channel: d.channelId, private: d.channelPrivate, reassessOf: d.id },
  };
}

/** Days from now to the pending follow-up (else the engine's period), within the allowed bounds. */
export function followUpDaysOf(ctx: Ctx, d: Decision): number {
  const r = reminderFor(ctx.db, d.id);
  return clampPeriod(
    r ? differenceInCalendarDays(r.dueAt, ctx.now()) : d.assessment.evaluation.periodDays,
  );
}
