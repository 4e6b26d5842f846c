import { assess, type TaskProfileInput } from '../../src/engine/index.js';
import type { DB } from '../../src/store/db.js';
import { createDecision, transition } from '../../src/store/decisions.js';
import type { Decision, DecisionStatus } from '../../src/store/schema.js';
import { NEUTRAL } from './profiles.js';

let seq = 0;

export interface SeedOptions {
  channelId?: string;
  channelPrivate?: boolean;
  requesterId?: string;
  at?: Date;
  profile?: TaskProfileInput;
  status?: Extract<DecisionStatus, 'adopted' | 'abandoned' | 'superseded'>;
}

/** Stores a decision directly through the store, as the app would after a submission. */
export function seedDecision(db: DB, o: SeedOptions = {}): Decision {
  const profile = o.profile ?? NEUTRAL;
  const at = o.at ?? new Date('2026-11-01T10:00:00Z');
  const { decision } = createDecision(
    db,
    {
      teamId: 'T0001',
      channelId: o.channelId ?? 'C0GENERAL',
      channelPrivate: o.channelPrivate ?? false,
      requesterId: o.requesterId ?? 'U0ALICE',
      profile,
      assessment: assess(profile),
      sourceKey: `seed-${++seq}`,
    },
    at,
  );
  if (!o.status) return decision;
  const change = { actorId: o.requesterId ?? 'U0ALICE', at, kind: o.status };
  return (
    transition(db, decision.id, o.status, change, {
      adoptedApproach: decision.recommendedApproach,
    }) ?? decision
  );
}
