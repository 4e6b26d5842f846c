import { type DecisionStatus, isDecisionStatus } from '../src/domain/index.js';

/** What a decision's button carries: the decision, and the status it was shown in, if it matters. */
export interface DecisionRef {
  id: number;
  /** Lifecycle buttons carry it, so a click on a stale message changes nothing. */
  seen?: DecisionStatus;
  /** Pressed in the note that named whose decision it is: the clicker acts for the requester. */
  onBehalf?: true;
}

const VALUE = /^(\d{1,12})(?:@([a-z_]+))?(!)?$/;

/** `42`, `42@proposed`, or `42@proposed!` once confirmed on the requester's behalf. */
export const decisionValue = (id: number, seen?: DecisionStatus, onBehalf?: boolean) =>
  `${id}${seen ? `@${seen}` : ''}${onBehalf ? '!' : ''}`;

export function readDecisionValue(value: string | undefined): DecisionRef | undefined {
  const match = value?.match(VALUE);
  if (!match) return undefined;
  const seen = match[2];
  return {
    id: Number(match[1]),
    ...(seen && isDecisionStatus(seen) ? { seen } : {}),
    ...(match[3] ? { onBehalf: true as const } : {}),
  };
}
