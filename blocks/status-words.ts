import type { DecisionStatus } from '../src/domain/index.js';

/** Each status as a reader says it, in a row of the log or a count. */
export const STATUS_WORDS: Record<DecisionStatus, string> = {
  proposed: 'awaiting a choice',
  adopted: 'adopted',
  evaluating: 'being evaluated',
  succeeded: 'worked',
  failed: "didn't work",
  abandoned: 'abandoned',
  superseded: 'replaced by a newer assessment',
};

/** The outcomes a decision can end in, as App Home counts them. */
export const OUTCOME_WORDS = {
  succeeded: 'Worked',
  failed: "Didn't work",
  abandoned: 'Abandoned',
} as const satisfies Partial<Record<DecisionStatus, string>>;
