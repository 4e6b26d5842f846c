import type { webApi } from '@slack/bolt';
import type { FollowUp } from '../../blocks/follow-up.js';
import { followUpDue } from '../reminders/due-time.js';
import type { DB } from '../store/db.js';
import { listEvents } from '../store/events.js';
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
  kind = 'follow_up_scheduled',
) {
  const timeZone = await timeZoneOf(ctx, d.requesterId);
  const dueAt = followUpDue(ctx.now(), periodDays, timeZone);
  return scheduleReminder(ctx.db, d.id, dueAt, {
    actorId,
    at: ctx.now(),
    kind,
    details: { periodDays, timeZone },
  });
}

/** What the follow-up question says about a decision. */
export function followUpOf(db: DB, d: Decision): FollowUp {
  const adoption = listEvents(db, d.id).findLast(
    (e) => e.kind === 'adopted' || e.kind === 'overridden',
  );
  return {
    decisionId: d.id,
    task: d.task,
    requesterId: d.requesterId,
    approach: d.adoptedApproach ?? d.recommendedApproach,
    adoptedAt: adoption?.at ?? d.updatedAt,
    assessment: d.assessment,
  };
}
