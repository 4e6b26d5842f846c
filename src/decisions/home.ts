import { addDays, subHours } from 'date-fns';
import { buildHome } from '../../blocks/home.js';
import type { Origin } from '../../blocks/modal-metadata.js';
import { DUE_WITHIN_DAYS } from '../domain/index.js';
import { publishView } from '../slack-send.js';
import { countBy, listDecisions } from '../store/decision-queries.js';
import { recentHomeViewers, touchHomeViewer } from '../store/home-viewers.js';
import { dueDecisionIds, reminderFor } from '../store/reminders.js';
import type { Ctx } from './context.js';
import { dmWith } from './dm.js';
import { withPermalinks } from './permalinks.js';

const SHOWN = 8;

/** Where advice asked for from App Home goes: the person's DM with the app. */
export async function homeOrigin(ctx: Ctx, userId: string): Promise<Origin> {
  return { channel: await dmWith(ctx, userId), private: true, home: true };
}

/** App Home opened: remember the viewer (to republish on changes) and publish their tab. */
export async function homeOpened(ctx: Ctx, userId: string): Promise<void> {
  touchHomeViewer(ctx.db, userId, ctx.now());
  await publishHome(ctx, userId);
}

/** Publishes `userId`'s App Home from the current log. */
export async function publishHome(ctx: Ctx, userId: string): Promise<void> {
  const { db } = ctx;
  const now = ctx.now();
  const viewer = { userId };
  const page = { limit: SHOWN, offset: 0 };
  const [due, mine, team] = await Promise.all(
    [
      { ids: dueDecisionIds(db, addDays(now, DUE_WITHIN_DAYS)) },
      { requesterId: userId, open: true },
      { publicOnly: true },
    ].map((filter) => withPermalinks(ctx.client, db, listDecisions(db, viewer, filter, page))),
  );
  const view = buildHome({
    mine: mine ?? [],
    due: (due ?? []).flatMap((row) => {
      const r = reminderFor(db, row.id);
      return r ? [{ row, dueAt: r.dueAt }] : [];
    }),
    team: team ?? [],
    byApproach: countBy(db, viewer, 'currentApproach'),
    byStatus: countBy(db, viewer, 'status'),
    now,
  });
  await publishView(ctx.client, userId, view);
}

/** Republishes App Home for the people a change concerns and whoever looked at it lately. */
export async function republishHomes(ctx: Ctx, concerned: string[]): Promise<void> {
  const recent = recentHomeViewers(ctx.db, subHours(ctx.now(), 1), 25);
  const users = [...new Set([...concerned, ...recent])];
  await Promise.all(users.map((u) => publishHome(ctx, u)));
}
