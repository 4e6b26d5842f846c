import { sql } from 'drizzle-orm';
import { type AnySQLiteColumn, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { DECISION_STATUSES, type EventKind, type EventOf } from '../domain.js';
import type { Approach, Assessment, TaskProfileInput } from '../engine/index.js';

export type { DecisionStatus } from '../domain.js';

export const decisions = sqliteTable(
  'decisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: text('team_id').notNull(),
    channelId: text('channel_id').notNull(),
    /** A private channel, group DM or DM: never shown outside it. */
    channelPrivate: integer('channel_private', { mode: 'boolean' }).notNull(),
    requesterId: text('requester_id').notNull(),
    task: text('task').notNull(),
    engineVersion: text('engine_version').notNull(),
    recommendedApproach: text('recommended_approach').$type<Approach>().notNull(),
    adoptedApproach: text('adopted_approach').$type<Approach>(),
    /** The adopted approach once there is one, else the recommended one. */
    currentApproach: text('current_approach')
      .$type<Approach>()
      .generatedAlwaysAs(sql`coalesce(adopted_approach, recommended_approach)`, {
        mode: 'virtual',
      }),
    status: text('status', { enum: DECISION_STATUSES }).notNull().default('proposed'),
    messageChannel: text('message_channel'),
    messageTs: text('message_ts'),
    /** Link to the recommendation message, fetched once (chat.getPermalink) and kept. */
    permalink: text('permalink'),
    /** The Slack view submission that created it (view id + hash): a retry finds it here. */
    sourceKey: text('source_key').unique(),
    supersedesId: integer('supersedes_id').references((): AnySQLiteColumn => decisions.id),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    // The large JSON columns come last, so reading the columns above never walks overflow pages.
    profile: text('profile_json', { mode: 'json' }).$type<TaskProfileInput>().notNull(),
    assessment: text('assessment_json', { mode: 'json' }).$type<Assessment>().notNull(),
  },
  (t) => [
    index('decisions_channel_created').on(t.channelId, t.createdAt),
    index('decisions_requester_created').on(t.requesterId, t.createdAt),
    index('decisions_status_created').on(t.status, t.createdAt),
    index('decisions_public_created').on(t.channelPrivate, t.createdAt),
    index('decisions_approach_created').on(t.currentApproach, t.createdAt),
    index('decisions_supersedes').on(t.supersedesId),
  ],
);

export const decisionEvents = sqliteTable(
  'decision_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    decisionId: integer('decision_id')
      .notNull()
      .references(() => decisions.id),
    actorId: text('actor_id').notNull(),
    kind: text('kind').$type<EventKind>().notNull(),
    details: text('details_json', { mode: 'json' }).$type<EventOf['details']>().notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('decision_events_decision').on(t.decisionId, t.at)],
);

export type Decision = typeof decisions.$inferSelect;
/** A history entry: its details are the ones its kind records. */
export type DecisionEvent = Omit<typeof decisionEvents.$inferSelect, 'kind' | 'details'> & EventOf;

/** People who opened the App Home tab: it is republished for them when decisions change. */
export const homeViewers = sqliteTable('home_viewers', {
  userId: text('user_id').primaryKey(),
  openedAt: integer('opened_at', { mode: 'timestamp_ms' }).notNull(),
});

export const REMINDER_STATES = [
  'pending',
  'sending',
  'sent',
  'failed',
  'interrupted',
  'cancelled',
] as const;

/** The follow-up of an adopted decision: asked in its thread when the evaluation period ends. */
export const reminders = sqliteTable(
  'reminders',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    decisionId: integer('decision_id')
      .notNull()
      .unique()
      .references(() => decisions.id),
    dueAt: integer('due_at', { mode: 'timestamp_ms' }).notNull(),
    state: text('state', { enum: REMINDER_STATES }).notNull().default('pending'),
    /** When the loop may try it next: the due time, then the backoff after a refusal. */
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    claimedBy: text('claimed_by'),
    claimedAt: integer('claimed_at', { mode: 'timestamp_ms' }),
    lastError: text('last_error'),
    sentTs: text('sent_ts'),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    index('reminders_state_next').on(t.state, t.nextAttemptAt),
    index('reminders_state_due').on(t.state, t.dueAt),
  ],
);
export type Reminder = typeof reminders.$inferSelect;
