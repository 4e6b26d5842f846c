import type { webApi } from '@slack/bolt';
import { followUpDue } from '../reminders/due-time.js';
import type { DB } from '../store/db.js';
import { scheduleReminder } from '../store/reminders.js';
import type { Decision } from '../store/schema.js';

export interface FollowUpContext {
  client: webApi.WebClient;
  db: DB;
  now: () => Date;
  defaultTimeZone: string;
}

/** The requester's time zone from their Slack profile, or the configured default. */
export async function timeZoneOf(ctx: FollowUpContext, userId: string): Promise<string> {
  try {
    const info = await ctx.client.users.info({ user: userId });
    return info.user?.tz ?? ctx.defaultTimeZone;
  } catch {
    return ctx.defaultTimeZone;
  }
}

/** Schedules the decision's follow-up `periodDays` from now (the engine's period by default). */
export async function scheduleFollowUp(
  ctx: FollowUpContext,
  d: Decision,
  actorId: string,
  periodDays = d.assessment.evaluation.periodDays,
) {
  const timeZone = await timeZoneOf(ctx, d.requesterId);
  const dueAt = followUpDue(ctx.now(), periodDays, timeZone);
  return scheduleReminder(ctx.db, d.id, dueAt, {
    actorId,
    at: ctx.now(),
    kind: 'follow_up_scheduled',
    details: { periodDays, timeZone },
  });
}
