import {
  type Approach,
  type Facts,
  MIN_TUNING_EXAMPLES,
  REEXAMINE_BELOW_PCT,
  type Scores,
} from './facts.js';
import type { TaskProfile } from './profile.js';

/** Simpler approaches win ties. */
const TIE_ORDER: readonly Approach[] = ['prompt', 'rag', 'hybrid', 'fine_tune'];

const NO_TUNING: readonly Approach[] = ['prompt'];
const NO_TUNING_WITH_FACTS: readonly Approach[] = ['prompt', 'rag'];

// Loops rather than array callbacks: this runs for every assessment.
export function best(scores: Scores, among: readonly Approach[] = TIE_ORDER): Approach {
  let top: Approach | undefined;
  for (const a of TIE_ORDER) {
    if (among.includes(a) && (top === undefined || scores[a] > scores[top])) top = a;
  }
  return top ?? 'prompt';
}

export const tunes = (a: Approach) => a === 'fine_tune' || a === 'hybrid';

/** The hard rules that rule tuning out, in the order they are checked. */
export type Guard =
  | 'prompt_first'
  | 'reexamine_task'
  | 'measure_first'
  | 'cannot_fix'
  | 'dataset_too_small'
  | 'tuning_unavailable';

export interface Decision {
  approach: Approach;
  components: Approach[];
  /** The hard rule that chose the approach, when the scores did not. */
  guard: Guard | null;
  /** Training was the best-scoring path before any hard rule applied. */
  tuningInPlay: boolean;
  /** The chosen approach is not the one the scores put first. */
  againstScores: boolean;
}

const strictButVarying = (p: TaskProfile) =>
  p.consistency === 'strict' && p.requestVariation === 'high';

function hybridComponents(p: TaskProfile, f: Facts): Approach[] {
  const parts: Approach[] = ['fine_tune'];
  if (!f.knowledgeGap || strictButVarying(p)) parts.push('prompt');
  if (f.knowledgeGap) parts.push('rag');
  return parts;
}

/** The first hard rule that forbids any tuning outcome for this profile, if one does. */
function blocker(p: TaskProfile, f: Facts): Guard | null {
  if (!f.thorough) return 'prompt_first';
  if (p.qualityPct === null) return 'measure_first';
  if (p.qualityPct < REEXAMINE_BELOW_PCT) return 'reexamine_task';
  if (f.cannotFix) return 'cannot_fix';
  if (p.labeledExamples < MIN_TUNING_EXAMPLES) return 'dataset_too_small';
  if (!f.tuningAvailable) return 'tuning_unavailable';
  return null;
}

/**
 * Applies the hard rules on top of the scores. Rules that reshape a tuning winner (strict
 * format with varying requests, missing facts) run first; every rule that forbids tuning then
 * applies to whatever tuning outcome is left, hybrid included.
 */
export function decide(p: TaskProfile, f: Facts, scores: Scores): Decision {
  const top = best(scores);
  const tuningInPlay = tunes(top);
  let approach: Approach = top;
  // Strict format with varying requests, or missing facts: a tuning winner becomes a hybrid.
  if (top === 'fine_tune' && (strictButVarying(p) || f.knowledgeGap)) approach = 'hybrid';
  let guard: Guard | null = null;
  const blocked = blocker(p, f);
  const noTuning = f.knowledgeGap ? NO_TUNING_WITH_FACTS : NO_TUNING;
  if (blocked === 'prompt_first') [approach, guard] = ['prompt', blocked];
  else if (blocked === 'reexamine_task') [approach, guard] = [best(scores, noTuning), blocked];
  else if (blocked && tunes(approach)) [approach, guard] = [best(scores, noTuning), blocked];
  const components = approach === 'hybrid' ? hybridComponents(p, f) : [];
  return {
    approach,
    components,
    guard,
    tuningInPlay,
    againstScores: scores[approach] < scores[top],
  };
}
