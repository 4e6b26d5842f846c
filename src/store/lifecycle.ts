import type { DecisionStatus } from './schema.js';

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
