import type { CostEstimate } from './cost.js';
import type { TaskProfile } from './profile.js';

export const APPROACHES = ['prompt', 'rag', 'fine_tune', 'hybrid'] as const;
export type Approach = (typeof APPROACHES)[number];
export type Scores = Record<Approach, number>;

export const LOW_VOLUME = 100_000;
export const HIGH_VOLUME = 1_000_000;
export const MIN_TUNING_EXAMPLES = 50;
export const REEXAMINE_BELOW_PCT = 50;

/** What the rules read besides the profile: derived once per assessment. */
export interface Facts {
  thorough: boolean;
  knowledgeGap: boolean;
  cost: CostEstimate | null;
}

export function deriveFacts(p: TaskProfile, cost: CostEstimate | null): Facts {
  return {
    thorough: p.promptingMaturity === 'few_shot',
    knowledgeGap:
      p.mainGaps.includes('knowledge') ||
      p.knowledgeChange === 'monthly' ||
      p.knowledgeChange === 'weekly',
    cost,
  };
}
