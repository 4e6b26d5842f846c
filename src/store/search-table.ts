import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The FTS5 index of migrations/0002 (a virtual table drizzle-kit cannot describe), declared
 * here only so queries can join it. Kept out of schema.ts so no migration tries to create it.
 */
export const decisionsFts = sqliteTable('decisions_fts', {
  rowid: integer('rowid').notNull(),
  task: text('task'),
  reasons: text('reasons'),
});
