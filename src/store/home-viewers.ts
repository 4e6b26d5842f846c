import { desc, gte } from 'drizzle-orm';
import type { DB } from './db.js';
import { homeViewers } from './schema.js';

export function touchHomeViewer(db: DB, userId: string, at: Date): void {
  db.insert(homeViewers)
    .values({ userId, openedAt: at })
    .onConflictDoUpdate({ target: homeViewers.userId, set: { openedAt: at } })
    .run();
}

/** Who opened App Home since `since`, most recent first. */
export function recentHomeViewers(db: DB, since: Date, limit: number): string[] {
  return db
    .select({ userId: homeViewers.userId })
    .from(homeViewers)
    .where(gte(homeViewers.openedAt, since))
    .orderBy(desc(homeViewers.openedAt))
    .limit(limit)
    .all()
    .map((r) => r.userId);
}
