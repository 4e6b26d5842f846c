import { sql } from 'drizzle-orm';
import { type AnySQLiteColumn, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { DECISION_STATUSES, type EventKind, type EventOf } from '../domain/index.js';
import type { Approach, Assessment, TaskProfileInput } from '../engine/index.js';

export type { DecisionStatus } from '../domain/index.js';

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

/** Requests already taken (a command's trigger, an event's id): a retry of one is not redone. */
export const deliveries = sqliteTable(
  'deliveries',
  {
    key: text('key').primaryKey(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('deliveries_at').on(t.at)],
);

export const OUTBOX_STATES = ['pending', 'sending', 'sent', 'failed'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

/** What an outbox message is for: what its sending settles, and whom to tell if it never goes. */
export type OutboxAbout =
  /** A decision's recommendation: once posted, its message is recorded on the decision. */
  | { kind: 'recommendation'; decisionId: number; actorId: string; supersedes?: number }
  /** The recommendation message redrawn after `actorId`'s change. */
  | { kind: 'card'; decisionId: number; actorId: string }
  /** The follow-up question in the decision's thread. */
  | { kind: 'follow_up'; decisionId: number }
  /** Any other message in a decision's conversation: if it never goes, `userId` gets it in a DM. */
  | { kind: 'post'; decisionId: number; userId: string }
  /** A note to `userId` (a DM, an ephemeral message): nobody else to tell. */
  | { kind: 'notice'; userId: string };

/** A message the app owes Slack, written with the change that owes it and sent by a worker. */
export const outbox = sqliteTable(
  'outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** What the message is for (e.g. `recommendation:42`): enqueueing it again is a no-op. */
    key: text('key').notNull().unique(),
    /** The Web API method, e.g. chat.postMessage. */
    method: text('method').notNull(),
    args: text('args_json', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    /** Sending it twice changes nothing (chat.update, views.publish): safe to resend after a crash. */
    idempotent: integer('idempotent', { mode: 'boolean' }).notNull(),
    state: text('state', { enum: OUTBOX_STATES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }).notNull(),
    claimedBy: text('claimed_by'),
    leaseUntil: integer('lease_until', { mode: 'timestamp_ms' }),
    lastError: text('last_error'),
    result: text('result_json', { mode: 'json' }).$type<Record<string, unknown>>(),
    about: text('about_json', { mode: 'json' }).$type<OutboxAbout>(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    index('outbox_state_next').on(t.state, t.nextAttemptAt),
    index('outbox_state_lease').on(t.state, t.leaseUntil),
  ],
);
export type OutboxRow = typeof outbox.$inferSelect;

/** The query behind a `/decisions` list, so its paging buttons carry a short key instead. */
export const logQueries = sqliteTable('log_queries', {
  key: text('key').primaryKey(),
  query: text('query').notNull(),
  usedAt: integer('used_at', { mode: 'timestamp_ms' }).notNull(),
});
