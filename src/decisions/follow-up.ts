import type { FollowUp } from '../../blocks/follow-up.js';
import { slackRefusal } from '../slack-errors.js';
import { listEvents } from '../store/events.js';
import { type ScheduleChange, scheduleReminder } from '../store/reminders.js';
import type { Decision, OutboxRow, Reminder } from '../store/schema.js';
import type { Ctx } from './context.js';
import { followUpDue } from './due-time.js';
import { owe } from './owed.js';
import { redraw } from './refresh.js';

/**
 * The requester's time zone from their Slack profile, or the configured default. A refusal
 * (a missing `users:read` scope, say) is logged: otherwise everyone would silently get UTC.
 */
export async function timeZoneOf(ctx: Ctx, userId: string): Promise<string> {
  try {
    const info = await ctx.client.users.info({ user: userId });
    return info.user?.tz ?? ctx.defaultTimeZone;
  } catch (error) {
    const why = slackRefusal(error) ?? String(error);
    ctx.logger.warn(
      `No time zone for <@${userId}> (users.info: ${why}); follow-ups use ${ctx.defaultTimeZone}.`,
    );
    return ctx.defaultTimeZone;
  }
}

/**
 * Schedules the decision's follow-up `periodDays` from now (the engine's period by default);
 * the redrawn message it owes is written with it.
 */
export async function scheduleFollowUp(
  ctx: Ctx,
  d: Decision,
  actorId: string,
  periodDays = d.assessment.evaluation.periodDays,
  kind: ScheduleChange['kind'] = 'follow_up_scheduled',
): Promise<{ reminder: Reminder; owed: OutboxRow[] }> {
  const timeZone = await timeZoneOf(ctx, d.requesterId);
  const dueAt = followUpDue(ctx.now(), periodDays, timeZone);
  return ctx.db.transaction(() => {
    const reminder = scheduleReminder(ctx.db, d.id, dueAt, {
      actorId,
      at: ctx.now(),
      kind,
      details: { periodDays, timeZone },
    });
    return { reminder, owed: owe(ctx, redraw(ctx, d.id, actorId)) };
  });
}

/** What the follow-up question says about a decision. */
export function followUpOf(ctx: Ctx, d: Decision): FollowUp {
  const adoption = listEvents(ctx.db, d.id).findLast(
    (e) => e.kind === 'adopted' || e.kind === 'overridden',
  );
  return {
    decisionId: d.id,
    task: d.task,
    requesterId: d.requesterId,
    approach: d.adoptedApproach ?? d.recommendedApproach,
    adoptedAt: adoption?.at ?? d.updatedAt,
    assessment: d.assessment,
    qualityBefore: d.profile.qualityPct ?? null,
  };
}
