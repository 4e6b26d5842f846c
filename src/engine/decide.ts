import type { Warning } from './assessment.js';
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

export interface Decision {
  approach: Approach;
  components: Approach[];
  /** The hard rule that chose the approach, when the scores did not. */
  guard:
    | 'prompt_first'
    | 'reexamine_task'
    | 'dataset_too_small'
    | 'stable_format_varying_requests'
    | null;
  /** Training was the best-scoring path before any hard rule applied. */
  tuningInPlay: boolean;
}

function hybridComponents(p: TaskProfile, f: Facts): Approach[] {
  const parts: Approach[] = ['fine_tune'];
  if (!f.knowledgeGap || (p.consistency === 'strict' && p.requestVariation === 'high'))
    parts.push('prompt');
  if (f.knowledgeGap) parts.push('rag');
  return parts;
}

/** Applies the hard rules of the advice on top of the scores. */
export function decide(p: TaskProfile, f: Facts, scores: Scores): Decision {
  const top = best(scores);
  const tuningInPlay = tunes(top);
  const noTuning = f.knowledgeGap ? NO_TUNING_WITH_FACTS : NO_TUNING;
  let approach: Approach = top;
  let guard: Decision['guard'] = null;
  if (!f.thorough) {
    [approach, guard] = ['prompt', 'prompt_first'];
  } else if (p.qualityPct !== null && p.qualityPct < REEXAMINE_BELOW_PCT) {
    [approach, guard] = [best(scores, noTuning), 'reexamine_task'];
  } else if (tuningInPlay && p.labeledExamples < MIN_TUNING_EXAMPLES) {
    [approach, guard] = [best(scores, noTuning), 'dataset_too_small'];
  } else if (p.consistency === 'strict' && p.requestVariation === 'high' && top !== 'hybrid') {
    [approach, guard] = ['hybrid', 'stable_format_varying_requests'];
  } else if (top === 'fine_tune' && f.knowledgeGap) {
    approach = 'hybrid';
  }
  const components = approach === 'hybrid' ? hybridComponents(p, f) : [];
  return { approach, components, guard, tuningInPlay };
}

export function warningsFor(
  p: TaskProfile,
  f: Facts,
  d: Decision,
  tuningTopWithoutKnowledgeRule: boolean,
): Warning[] {
  const w: Warning[] = [];
  const chosenTunes = tunes(d.approach);
  if (f.thorough && p.qualityPct !== null && p.qualityPct < REEXAMINE_BELOW_PCT) {
    w.push({
      id: 'reexamine_task',
      text: `At ${p.qualityPct}% of the target after a thorough prompt, re-examine the task definition before any training.`,
    });
  }
  if (f.knowledgeGap && (tuningTopWithoutKnowledgeRule || chosenTunes)) {
    w.push({
      id: 'knowledge_not_finetunable',
      text: 'Training will not reliably teach the model facts; keep facts in retrieval, whatever else is tuned.',
    });
  }
  if ((d.tuningInPlay || chosenTunes) && p.labeledExamples < MIN_TUNING_EXAMPLES) {
    w.push({
      id: 'dataset_too_small',
      text: `${p.labeledExamples} labeled examples is under the ${MIN_TUNING_EXAMPLES} needed for a meaningful training run.`,
    });
  }
  if ((d.tuningInPlay || chosenTunes) && p.evals === 'none') {
    w.push({
      id: 'no_evals',
      text: 'Training is on the table but there is no evaluation set: build one and measure the prompted baseline first.',
    });
  }
  if (p.safetyCritical && chosenTunes) {
    w.push({
      id: 'safety_regression',
      text: 'Safety-critical: re-run the full safety evaluation after every training run; tuning can weaken refusals.',
    });
  }
  if (chosenTunes && p.dataSensitivity !== 'on_prem_only') {
    w.push({
      id: 'hosted_tuning_retires',
      text: 'Hosted tuned models retire with their base model and some vendors have wound down self-serve tuning: plan to retrain or move.',
    });
  }
  if (chosenTunes && p.dataSensitivity === 'on_prem_only' && p.mlCapacity === 'none') {
    w.push({
      id: 'self_hosting_needs_capacity',
      text: 'Self-hosted tuning needs someone to run GPUs, training and serving; the team has no ML capacity yet.',
    });
  }
  return w;
}
