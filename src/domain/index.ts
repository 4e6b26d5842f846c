// The decision log's rules, in one place and without imports, so the store, the decision
// services, the Block Kit builders and the follow-up loop all read the same ones.

export const DECISION_STATUSES = [
  'proposed',
  'adopted',
  'evaluating',
  'succeeded',
  'failed',
  'abandoned',
  'superseded',
] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

export const isDecisionStatus = (value: string): value is DecisionStatus =>
  (DECISION_STATUSES as readonly string[]).includes(value);

/** Which status may follow which. Anything else is refused and changes nothing. */
export const TRANSITIONS: Record<DecisionStatus, readonly DecisionStatus[]> = {
  proposed: ['adopted', 'abandoned', 'superseded'],
  adopted: ['evaluating', 'succeeded', 'failed', 'abandoned', 'superseded'],
  evaluating: ['succeeded', 'failed', 'abandoned', 'superseded'],
  succeeded: [],
  failed: [],
  abandoned: [],
  superseded: [],
};

/** The statuses a decision may be in to move to `to`. */
export const allowedFrom = (to: DecisionStatus): DecisionStatus[] =>
  (Object.keys(TRANSITIONS) as DecisionStatus[]).filter((from) => TRANSITIONS[from].includes(to));

/** Decided or in evaluation, but without an outcome yet. */
export const OPEN_STATUSES: DecisionStatus[] = ['proposed', 'adopted', 'evaluating'];

export const isOpen = (status: DecisionStatus) => OPEN_STATUSES.includes(status);

/** The actor of what the app does by itself, such as asking the follow-up question. */
export const APP_ACTOR = 'app';

/**
 * Who may move a decision along. The person who asked for it, with one click; anyone else in
 * the conversation too (it is the team's decision), but only after confirming in a private
 * note that names whose decision it is. A destructive change asks first either way.
 */
export const confirmsFirst = (actorId: string, requesterId: string, onBehalf: boolean) =>
  actorId !== requesterId && !onBehalf;

/** What was measured and noted when the outcome was reported. */
export interface OutcomeReport {
  qualityPct?: number;
  costNotes?: string;
  notes?: string;
}

/** When the follow-up was set for, and how that was worked out. */
export interface FollowUpSet {
  dueAt: string;
  periodDays: number;
  timeZone: string;
}

/** Every kind of entry in a decision's history, with what each one records. */
export interface EventDetails {
  created: { supersedes?: number };
  posted: { channel: string; ts: string };
  adopted: { approach: string };
  overridden: { approach: string; reason: string };
  evaluating: Record<string, never>;
  abandoned: Record<string, never>;
  superseded: { by: number };
  /** A concluded decision re-assessed: it keeps its outcome and gains the link. */
  reassessed: { by: number };
  follow_up_scheduled: FollowUpSet;
  snoozed: FollowUpSet;
  follow_up_sent: { ts: string };
  succeeded: OutcomeReport;
  failed: OutcomeReport;
}
export type EventKind = keyof EventDetails;

/** One history entry's kind with its details, kept together so one narrows the other. */
export type EventOf<K extends EventKind = EventKind> = K extends EventKind
  ? { kind: K; details: EventDetails[K] }
  : never;

/** The kinds that changed a decision's status: the last one says who did it, and why. */
export const STATUS_EVENT_KINDS = [
  'adopted',
  'overridden',
  'superseded',
  'reassessed',
  'abandoned',
  'succeeded',
  'failed',
] as const satisfies readonly EventKind[];

/** The kinds a decision record lists under its outcome. */
export const OUTCOME_EVENT_KINDS = [
  'succeeded',
  'failed',
  'abandoned',
  'overridden',
  'adopted',
  'evaluating',
] as const satisfies readonly EventKind[];

/** How far ahead a follow-up may be set: a day to twelve weeks. */
export const MIN_PERIOD_DAYS = 1;
export const MAX_PERIOD_DAYS = 84;

export const clampPeriod = (days: number) =>
  Math.min(MAX_PERIOD_DAYS, Math.max(MIN_PERIOD_DAYS, Math.round(days)));

export const isPeriod = (days: number) =>
  Number.isInteger(days) && days >= MIN_PERIOD_DAYS && days <= MAX_PERIOD_DAYS;

/** The follow-up is asked at this hour, in the requester's time zone, on a working day. */
export const FOLLOW_UP_HOUR = 10;

/** "Snooze a week". */
export const SNOOZE_DAYS = 7;

/** "Due soon" in App Home and the `due` filter of `/decisions`. */
export const DUE_WITHIN_DAYS = 7;

/** A reported quality may exceed the target; the form accepts up to twice it. */
export const MAX_REPORTED_QUALITY_PCT = 200;
