import type { webApi } from '@slack/bolt';
import { addDays, subHours } from 'date-fns';
import { buildHome } from '../../blocks/home.js';
import type { DB } from '../store/db.js';
import { countBy, listDecisions } from '../store/decision-queries.js';
import { recentHomeViewers } from '../store/home-viewers.js';
import { dueDecisionIds, reminderFor } from '../store/reminders.js';
import { DUE_WITHIN_DAYS } from './log.js';

const SHOWN = 8;

export interface HomeContext {
  client: webApi.WebClient;
  db: DB;
  now: () => Date;
}

/** Publishes `userId`'s App Home from the current log. */
export async function publishHome(ctx: HomeContext, userId: string): Promise<void> {
  const { db } = ctx;
  const now = ctx.now();
  const viewer = { userId };
  const page = { limit: SHOWN, offset: 0 };
  const due = listDecisions(
    db,
    viewer,
    { ids: dueDecisionIds(db, addDays(now, DUE_WITHIN_DAYS)) },
    page,
  );
  const view = buildHome({
    mine: listDecisions(db, viewer, { requesterId: userId, open: true }, page),
    due: due.flatMap((row) => {
      const r = reminderFor(db, row.id);
      return r ? [{ row, dueAt: r.dueAt }] : [];
    }),
    team: listDecisions(db, viewer, { publicOnly: true }, page),
    byApproach: countBy(db, viewer, 'currentApproach'),
    byStatus: countBy(db, viewer, 'status'),
    now,
  });
  await ctx.client.views.publish({ user_id: userId, view });
}

/** Republishes App Home for the people a change concerns and whoever looked at it lately. */
export async function republishHomes(ctx: HomeContext, concerned: string[]): Promise<void> {
  const recent = recentHomeViewers(ctx.db, subHours(ctx.now(), 1), 25);
  const users = [...new Set([...concerned, ...recent])];
  await Promise.all(users.map((u) => publishHome(ctx, u)));
}
