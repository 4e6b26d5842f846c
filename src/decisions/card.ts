import type { DecisionCard } from '../../blocks/decision-card.js';
import type { DB } from '../store/db.js';
import { findSuccessor } from '../store/decisions.js';
import { lastStatusEvent } from '../store/events.js';
import { reminderFor } from '../store/reminders.js';
import type { Decision } from '../store/schema.js';

/** The card of a decision just made: no change, follow-up or successor yet, so nothing to read. */
export const newCard = (d: Decision): DecisionCard => ({
  id: d.id,
  task: d.task,
  requesterId: d.requesterId,
  assessment: d.assessment,
  status: d.status,
  adoptedApproach: d.adoptedApproach ?? null,
  supersedesId: d.supersedesId,
  supersededById: null,
  followUpAt: null,
});

/** Everything the recommendation message shows about a stored decision. */
export function cardFor(db: DB, d: Decision): DecisionCard {
  const last = lastStatusEvent(db, d.id);
  const pending = reminderFor(db, d.id);
  const reason = last?.kind === 'overridden' ? last.details.reason : undefined;
  return {
    ...newCard(d),
    lastChange: last
      ? { actorId: last.actorId, ...(reason === undefined ? {} : { reason }) }
      : undefined,
    supersededById: findSuccessor(db, d.id) ?? null,
    followUpAt: pending?.state === 'pending' ? pending.dueAt : null,
  };
}
