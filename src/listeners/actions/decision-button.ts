import type { BlockAction, ButtonAction } from '@slack/bolt';
import type { DB } from '../../store/db.js';
import { getDecision } from '../../store/decisions.js';
import { DECISION_STATUSES, type Decision, type DecisionStatus } from '../../store/schema.js';

export type ButtonBody = BlockAction<ButtonAction>;

const VALUE = /^(\d{1,12})(?:@([a-z_]+))?$/;

/** The decision a button names in its value: `42`, or `42@proposed` with the status it was shown in. */
export function decisionOf(db: DB, action: ButtonAction): Decision | undefined {
  const id = Number(action.value?.match(VALUE)?.[1]);
  return id > 0 ? getDecision(db, id) : undefined;
}

/** The status the clicker saw when the button carries it (so a stale click changes nothing). */
export function seenStatus(action: ButtonAction): DecisionStatus | undefined {
  const seen = action.value?.match(VALUE)?.[2];
  return (DECISION_STATUSES as readonly string[]).includes(seen ?? '')
    ? (seen as DecisionStatus)
    : undefined;
}

export const privately = (text: string) =>
  ({ response_type: 'ephemeral', replace_original: false, text }) as const;

export const missing = (action: ButtonAction) =>
  privately(`Decision #${action.value?.match(VALUE)?.[1] ?? '?'} no longer exists.`);
