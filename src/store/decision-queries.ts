import { and, count, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { SelectResultFields } from 'drizzle-orm/query-builders/select.types';
import { OPEN_STATUSES } from '../domain/index.js';
import type { Approach } from '../engine/index.js';
import type { DB } from './db.js';
import { type DecisionStatus, decisions } from './schema.js';
import { decisionsFts } from './search-table.js';

/** Who is looking, and from where: private decisions exist only there and for their requester. */
export interface Viewer {
  userId: string;
  /** The conversation the request came from; none for App Home. */
  channelId?: string;
}

export interface DecisionFilter {
  channelId?: string;
  /** Only decisions made in public channels. */
  publicOnly?: boolean;
  requesterId?: string;
  open?: boolean;
  approach?: Approach;
  status?: DecisionStatus;
  /** Free text, matched against task and reasons, best matches first. */
  text?: string;
  id?: number;
  /** Only decisions whose ids are in this list (the due filter joins reminders this way). */
  ids?: SQL;
}

export const listColumns = {
  id: decisions.id,
  channelId: decisions.channelId,
  channelPrivate: decisions.channelPrivate,
  requesterId: decisions.requesterId,
  task: decisions.task,
  recommendedApproach: decisions.recommendedApproach,
  adoptedApproach: decisions.adoptedApproach,
  status: decisions.status,
  messageChannel: decisions.messageChannel,
  messageTs: decisions.messageTs,
  permalink: decisions.permalink,
  engineVersion: decisions.engineVersion,
  createdAt: decisions.createdAt,
  confidence: sql<number>`json_extract(${decisions.assessment}, '$.confidence')`.mapWith(Number),
};
export type DecisionRow = SelectResultFields<typeof listColumns>;

export function visibleTo(viewer: Viewer): SQL {
  const here = viewer.channelId ? [eq(decisions.channelId, viewer.channelId)] : [];
  return or(
    eq(decisions.channelPrivate, false),
    eq(decisions.requesterId, viewer.userId),
    ...here,
  ) as SQL;
}

/** Words of free text as an FTS5 query: each word quoted (no operators), all required. */
export function ftsQuery(text: string): string | undefined {
  const words = text.match(/[\p{L}\p{N}_]+/gu) ?? [];
  return words.length > 0 ? words.map((w) => `"${w}"`).join(' ') : undefined;
}

function conditions(viewer: Viewer, f: DecisionFilter): SQL[] {
  const where: SQL[] = [visibleTo(viewer)];
  if (f.channelId) where.push(eq(decisions.channelId, f.channelId));
  if (f.publicOnly) where.push(eq(decisions.channelPrivate, false));
  if (f.requesterId) where.push(eq(decisions.requesterId, f.requesterId));
  if (f.open) where.push(inArray(decisions.status, OPEN_STATUSES));
  if (f.approach) where.push(eq(decisions.currentApproach, f.approach));
  if (f.status) where.push(eq(decisions.status, f.status));
  if (f.id !== undefined) where.push(eq(decisions.id, f.id));
  if (f.ids) where.push(inArray(decisions.id, f.ids));
  return where;
}

/** How many of the newest matches a free-text search ranks. */
export const SEARCH_WINDOW = 3000;

/**
 * The newest SEARCH_WINDOW matches of a search: FTS5 walks its index newest first and stops
 * there, so a common word in a million decisions costs the same as a rare one.
 */
const candidatesOf = (db: DB, match: string) =>
  db
    .select({ id: decisionsFts.rowid, rank: sql<number>`bm25(decisions_fts)`.as('rank') })
    .from(decisionsFts)
    .where(sql`decisions_fts MATCH ${match}`)
    .orderBy(desc(decisionsFts.rowid))
    .limit(SEARCH_WINDOW)
    .as('candidates');

/** The query behind a page of the log (undefined when free text has no searchable word). */
export function listQuery(
  db: DB,
  viewer: Viewer,
  f: DecisionFilter,
  page: { limit: number; offset: number },
) {
  const where = conditions(viewer, f);
  const match = f.text === undefined ? undefined : ftsQuery(f.text);
  if (f.text !== undefined && !match) return undefined;
  const base = db.select(listColumns).from(decisions);
  if (!match) {
    return base
      .where(and(...where))
      .orderBy(desc(decisions.createdAt), desc(decisions.id))
      .limit(page.limit)
      .offset(page.offset);
  }
  const candidates = candidatesOf(db, match);
  const query = base
    .innerJoin(candidates, eq(candidates.id, decisions.id))
    .where(and(...where))
    .orderBy(sql`"rank"`, desc(decisions.id));
  return query.limit(page.limit).offset(page.offset);
}

/**
 * How many decisions the filter selects for the viewer, counted up to `cap`: a count that
 * stops there costs no more than a page however large the log.
 */
export function countDecisions(
  db: DB,
  viewer: Viewer,
  f: DecisionFilter,
  cap: number,
): { count: number; capped: boolean } {
  const where = and(...conditions(viewer, f));
  const match = f.text === undefined ? undefined : ftsQuery(f.text);
  if (f.text !== undefined && !match) return { count: 0, capped: false };
  const base = db.select({ id: decisions.id }).from(decisions);
  const candidates = match ? candidatesOf(db, match) : undefined;
  const selected = candidates
    ? base.innerJoin(candidates, eq(candidates.id, decisions.id)).where(where)
    : base.where(where);
  const n = selected.limit(cap + 1).all().length;
  return { count: Math.min(n, cap), capped: n > cap };
}

/** One page of the decisions the viewer may see, newest (or best matching) first. */
export function listDecisions(
  db: DB,
  viewer: Viewer,
  f: DecisionFilter,
  page: { limit: number; offset: number },
): DecisionRow[] {
  return listQuery(db, viewer, f, page)?.all() ?? [];
}

/** How many visible decisions there are per value of `column`. */
export function countBy(
  db: DB,
  viewer: Viewer,
  column: 'status' | 'currentApproach',
): Record<string, number> {
  const col = decisions[column];
  const rows = db
    .select({ key: col, n: count() })
    .from(decisions)
    .where(visibleTo(viewer))
    .groupBy(col)
    .all();
  return Object.fromEntries(rows.map((r) => [String(r.key), r.n]));
}

export function setPermalink(db: DB, id: number, permalink: string): void {
  db.update(decisions).set({ permalink }).where(eq(decisions.id, id)).run();
}
