import type { DecisionStatus, OutcomeReport } from '../src/domain/index.js';
import type { Approach, Assessment } from '../src/engine/index.js';

/** What a recommendation message shows about one decision. */
export interface DecisionCard {
  id: number;
  task: string;
  requesterId: string;
  assessment: Assessment;
  status: DecisionStatus;
  adoptedApproach: Approach | null;
  /** Who made the last status change, and the reason they gave. */
  lastChange?: { actorId: string; reason?: string } | undefined;
  supersedesId?: number | null;
  supersededById?: number | null;
  /** The message of the decision that replaced this one, once Slack gave its link. */
  successorLink?: string | null;
  /** When the app will ask how it went, while that is still to come. */
  followUpAt?: Date | null;
  /** What was reported with the outcome. */
  outcome?: OutcomeReport | undefined;
  /** The quality the requester gave when asking, as % of the target. */
  qualityBefore?: number | null;
}
