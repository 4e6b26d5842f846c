import type { DecisionCard } from '../../blocks/decision-card.js';
import type { DB } from '../store/db.js';
import { findSuccessor, getDecision } from '../store/decisions.js';
import { lastStatusEvent, listEvents } from '../store/events.js';
import { reminderFor } from '../store/reminders.js';
import type { Decision } from '../store/schema.js';

/** The report that concluded the decision: the outcome event stays the one that counts. */
function outcomeEvent(db: DB, d: Decision) {
  if (d.status !== 'succeeded' && d.status !== 'failed') return undefined;
  return listEvents(db, d.id).findLast((e) => e.kind === 'succeeded' || e.kind === 'failed');
}

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
  qualityBefore: d.profile.qualityPct ?? null,
});

/** Everything the recommendation message shows about a stored decision. */
export function cardFor(db: DB, d: Decision): DecisionCard {
  const outcome = outcomeEvent(db, d);
  const last = outcome ?? lastStatusEvent(db, d.id);
  const pending = reminderFor(db, d.id);
  const reason = last?.kind === 'overridden' ? last.details.reason : undefined;
  const successor = findSuccessor(db, d.id);
  return {
    ...newCard(d),
    lastChange: last
      ? { actorId: last.actorId, ...(reason === undefined ? {} : { reason }) }
      : undefined,
    supersededById: successor ?? null,
    // Known once the successor is posted and Slack has given its link (then it is redrawn).
    successorLink: successor ? (getDecision(db, successor)?.permalink ?? null) : null,
    followUpAt: pending?.state === 'pending' ? pending.dueAt : null,
    outcome:
      outcome?.kind === 'succeeded' || outcome?.kind === 'failed' ? outcome.details : undefined,
  };
}
