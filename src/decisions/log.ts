import type { KnownBlock } from '@slack/types';
import { addDays } from 'date-fns';
import { buildDecisionLog, PAGE_SIZE } from '../../blocks/decision-log.js';
import { buildDecisionRecord } from '../../blocks/decision-record.js';
import { hasFilters, type LogQuery, queryTitle } from '../../blocks/log-query.js';
import { DUE_WITHIN_DAYS } from '../domain/index.js';
import type { DB } from '../store/db.js';
import {
  countDecisions,
  type DecisionFilter,
  listDecisions,
  type Viewer,
} from '../store/decision-queries.js';
import { getDecision } from '../store/decisions.js';
import { listEvents } from '../store/events.js';
import { forgetQueries, recallQuery, rememberQuery } from '../store/log-queries.js';
import { dueDecisionIds } from '../store/reminders.js';
import type { Ctx } from './context.js';
import { withPermalinks } from './permalinks.js';

/** The store filter a query stands for, seen by `viewer`. */
export function filterFor(db: DB, q: LogQuery, viewer: Viewer, now: Date): DecisionFilter {
  const scoped = !hasFilters(q) || q.here;
  return {
    ...(scoped && viewer.channelId ? { channelId: viewer.channelId } : {}),
    ...(q.mine ? { requesterId: viewer.userId } : {}),
    ...(q.open ? { open: true } : {}),
    ...(q.approach ? { approach: q.approach } : {}),
    ...(q.status ? { status: q.status } : {}),
    ...(q.text ? { text: q.text } : {}),
    ...(q.due ? { ids: dueDecisionIds(db, addDays(now, DUE_WITHIN_DAYS)) } : {}),
  };
}

/** A list counts what it selects up to here, then says "1,000+". */
const COUNT_CAP = 1000;

/** A list's paging buttons work for a day after it was last shown. */
const KEEP_QUERIES_MS = 24 * 60 * 60_000;
const forgotAt = new WeakMap<DB, number>();

/** Keeps the query behind a list for its paging buttons; queries unused for a day go (hourly). */
function keepQuery(ctx: Ctx, text: string): string {
  const now = ctx.now().getTime();
  if (now - (forgotAt.get(ctx.db) ?? 0) > KEEP_QUERIES_MS / 24) {
    forgotAt.set(ctx.db, now);
    forgetQueries(ctx.db, new Date(now - KEEP_QUERIES_MS));
  }
  return rememberQuery(ctx.db, text, ctx.now());
}

/** One page of the log for a query. */
export async function logPage(
  ctx: Ctx,
  viewer: Viewer,
  q: LogQuery,
  queryText: string,
  page: number,
) {
  const filter = filterFor(ctx.db, q, viewer, ctx.now());
  const rows = listDecisions(ctx.db, viewer, filter, {
    limit: PAGE_SIZE + 1,
    offset: page * PAGE_SIZE,
  });
  const shown = await withPermalinks(ctx.client, ctx.db, rows.slice(0, PAGE_SIZE));
  return buildDecisionLog({
    title: queryTitle(q),
    rows: shown,
    page,
    hasNext: rows.length > PAGE_SIZE,
    total: countDecisions(ctx.db, viewer, filter, COUNT_CAP),
    queryKey: keepQuery(ctx, queryText),
    now: ctx.now(),
  });
}

/** The query text a paging button's key was kept for, or undefined once it was pruned. */
export const keptQuery = (ctx: Ctx, key: string): string | undefined => recallQuery(ctx.db, key);

/** `/decisions #42`: the decision in full, or undefined when the viewer may not see it. */
export async function decisionRecord(
  ctx: Ctx,
  viewer: Viewer,
  id: number,
): Promise<{ text: string; blocks: KnownBlock[] } | undefined> {
  const [row] = listDecisions(ctx.db, viewer, { id }, { limit: 1, offset: 0 });
  const full = row && getDecision(ctx.db, row.id);
  if (!row || !full) return undefined;
  const [linked = row] = await withPermalinks(ctx.client, ctx.db, [row]);
  return buildDecisionRecord(linked, full.assessment, listEvents(ctx.db, row.id), ctx.now());
}
