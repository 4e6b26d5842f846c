import { assess, type TaskProfileInput } from '../../src/engine/index.js';
import type { DB } from '../../src/store/db.js';
import { createDecision, transition } from '../../src/store/decisions.js';
import type { Change } from '../../src/store/events.js';
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
  const approach = decision.recommendedApproach;
  const by = { actorId: o.requesterId ?? 'U0ALICE', at };
  const change: Change =
    o.status === 'adopted'
      ? { ...by, kind: o.status, details: { approach } }
      : o.status === 'superseded'
        ? { ...by, kind: o.status, details: { by: decision.id } }
        : { ...by, kind: o.status, details: {} };
  return transition(db, decision.id, o.status, change, { adoptedApproach: approach }) ?? decision;
}
