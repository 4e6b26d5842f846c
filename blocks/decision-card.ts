import type { DecisionStatus } from '../src/domain/index.js';
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
  /** When the app will ask how it went, while that is still to come. */
  followUpAt?: Date | null;
}
