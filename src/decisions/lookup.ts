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

/** Where a click came from, as Slack says: the message it was on, or App Home. */
export interface ClickOrigin {
  actorId: string;
  /** The conversation of the message, and the message (or the thread it is in). */
  channel?: string | undefined;
  messageTs?: string | undefined;
  threadTs?: string | undefined;
  /** A private note the app showed in that conversation (the ask-first note on someone else's decision). */
  ephemeral?: boolean;
  home?: boolean;
  /** A modal the app opened about this decision (Details), after checking the click that opened it. */
  modal?: boolean;
}

/**
 * The decision's own message, a reply in its thread (the follow-up, the re-assessment offer), or
 * a private note the app showed in its conversation (only its members can press it).
 */
const onItsMessage = (d: Decision, from: ClickOrigin) =>
  Boolean(d.messageTs) &&
  from.channel === d.messageChannel &&
  (from.messageTs === d.messageTs || from.threadTs === d.messageTs || from.ephemeral === true);

/** The requester's own surfaces: their DM with the app, or their App Home. */
const requesterOwn = (d: Decision, from: ClickOrigin) =>
  from.actorId === d.requesterId && (from.home === true || /^D/.test(from.channel ?? ''));

/**
 * The decision a button names, if this click may act on it. Anyone may act on a public
 * decision. A private one (a private channel, group DM or DM) answers only a click on its own
 * message, where everyone is in its conversation, or one by its requester in their DM with
 * the app or App Home: the button's value alone is never trusted. Any other click gets what
 * a decision that does not exist gets.
 */
export function decisionFor(ctx: Ctx, id: number, from: ClickOrigin): Decision | undefined {
  const d = findDecision(ctx, id);
  if (!d?.channelPrivate) return d;
  return onItsMessage(d, from) || requesterOwn(d, from) || from.modal === true ? d : undefined;
}

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
