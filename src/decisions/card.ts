import type { DecisionCard } from '../../blocks/decision-card.js';
import type { DB } from '../store/db.js';
import { findSuccessor } from '../store/decisions.js';
import { lastStatusEvent, listEvents } from '../store/events.js';
import { reminderFor } from '../store/reminders.js';
import type { Decision } from '../store/schema.js';

/** The report that concluded the decision: the outcome event stays the one that counts. */
function outcomeEvent(db: DB, d: Decision) {
  if (d.status !== 'succeeded' && d.status !== 'failed') return undefined;
  return listEvents(db, d.id).findLast((e) => e.kind === 'succeeded' || e.kind === 'failed');
}

/** Everything the recommendation message shows about a stored decision. */
export function cardFor(db: DB, d: Decision): DecisionCard {
  const outcome = outcomeEvent(db, d);
  const last = outcome ?? lastStatusEvent(db, d.id);
  const pending = reminderFor(db, d.id);
  const reason = last?.kind === 'overridden' ? last.details.reason : undefined;
  return {
    id: d.id,
    task: d.task,
    requesterId: d.requesterId,
    assessment: d.assessment,
    status: d.status,
    adoptedApproach: d.adoptedApproach ?? null,
    lastChange: last
      ? { actorId: last.actorId, ...(reason === undefined ? {} : { reason }) }
      : undefined,
    supersedesId: d.supersedesId,
    supersededById: findSuccessor(db, d.id) ?? null,
    followUpAt: pending?.state === 'pending' ? pending.dueAt : null,
    outcome:
      outcome?.kind === 'succeeded' || outcome?.kind === 'failed' ? outcome.details : undefined,
    qualityBefore: d.profile.qualityPct ?? null,
  };
}
