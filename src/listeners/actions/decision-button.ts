import type { BlockAction, ButtonAction } from '@slack/bolt';
import type { DB } from '../../store/db.js';
import { getDecision } from '../../store/decisions.js';
import type { Decision } from '../../store/schema.js';

export type ButtonBody = BlockAction<ButtonAction>;

/** The decision a button names in its value (the decision id). */
export function decisionOf(db: DB, action: ButtonAction): Decision | undefined {
  const id = Number(action.value);
  return Number.isInteger(id) && id > 0 ? getDecision(db, id) : undefined;
}

export const privately = (text: string) =>
  ({ response_type: 'ephemeral', replace_original: false, text }) as const;

export const missing = (action: ButtonAction) =>
  privately(`Decision #${action.value} no longer exists.`);
