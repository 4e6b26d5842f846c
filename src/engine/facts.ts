import type { CostEstimate } from './cost.js';
import type { TaskProfile } from './profile.js';

export const APPROACHES = ['prompt', 'rag', 'fine_tune', 'hybrid'] as const;
export type Approach = (typeof APPROACHES)[number];
export type Scores = Record<Approach, number>;

export const MIN_TUNING_EXAMPLES = 50;
export const REEXAMINE_BELOW_PCT = 50;
/** A catalogue older than this on the assessment date gets a warning. */
export const STALE_AFTER_DAYS = 180;
/** Gaps a trained model can close; reasoning and knowledge are not among them. */
const TUNABLE_GAPS = ['format', 'style', 'edge_cases', 'cost', 'latency'] as const;

/** What the rules read besides the profile: derived once per assessment. */
export interface Facts {
  thorough: boolean;
  knowledgeGap: boolean;
  /** A named gap tuning cannot fix decides: reasoning, or knowledge with nothing tuning could fix. */
  cannotFix: 'reasoning' | 'knowledge' | null;
  cost: CostEstimate | null;
  /** A tuning option for this profile (hosted, or self-hosted on premises) is on sale on the date. */
  tuningAvailable: boolean;
}

export function deriveFacts(
  p: TaskProfile,
  cost: CostEstimate | null,
  tuningAvailable: boolean,
): Facts {
  const knowledgeGap =
    p.mainGaps.includes('knowledge') ||
    p.knowledgeChange === 'monthly' ||
    p.knowledgeChange === 'weekly';
  const tunable = TUNABLE_GAPS.some((g) => p.mainGaps.includes(g)) || p.consistency === 'strict';
  return {
    thorough: p.promptingMaturity === 'few_shot',
    knowledgeGap,
    cannotFix: p.mainGaps.includes('reasoning')
      ? 'reasoning'
      : p.mainGaps.includes('knowledge') && !tunable
        ? 'knowledge'
        : null,
    cost,
    tuningAvailable,
  };
}
