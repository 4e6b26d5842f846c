import type { Decision } from './decide.js';
import { tunes } from './decide.js';
import type { Approach, Facts } from './facts.js';
import type { TaskProfile } from './profile.js';

const uses = (d: Decision, a: Approach) => d.approach === a || d.components.includes(a);

const PERIOD_DAYS: Record<Approach, number> = { prompt: 14, rag: 28, fine_tune: 42, hybrid: 42 };

const THOROUGH_PROMPT =
  'Write a thorough prompt: clear instructions, at least 5 worked input/output examples, the output schema, and automatic checks on every output.';
const CURATED_SET =
  'Build a curated training set: a few hundred diverse, consistent examples beat thousands of mediocre ones, and a stronger model can draft them for review.';

export function nextSteps(p: TaskProfile, f: Facts, d: Decision): string[] {
  const steps: string[] = [];
  if (p.evals === 'none') {
    steps.push(
      'Set up an evaluation first: 50+ real cases with the expected output, scored the same way every time.',
    );
  }
  if (d.guard === 'prompt_first') steps.push(THOROUGH_PROMPT);
  if (d.guard === 'reexamine_task') {
    steps.push(
      'Re-examine the task: tighten the definition of a good output, check the labels, or split it into smaller tasks.',
    );
  }
  if (d.guard === 'dataset_too_small') steps.push(CURATED_SET);
  if (d.approach === 'prompt' && d.guard !== 'prompt_first') {
    steps.push(
      'Iterate on the prompt against the evaluation: examples for the failing cases, a stricter schema, output validation with retry.',
    );
  }
  if (f.knowledgeGap && !uses(d, 'rag')) {
    steps.push(
      'Put the facts the model lacks into the prompt context at request time (retrieval) rather than expecting it to know them.',
    );
  }
  if (uses(d, 'rag')) {
    steps.push(
      'Index the source documents, retrieve the relevant passages for each request, and have answers cite them.',
    );
    steps.push(
      `Re-index on the schedule the facts change (${p.knowledgeChange}); never retrain for a fact change.`,
    );
  }
  if (tunes(d.approach)) {
    steps.push(
      'Record the prompted baseline on a held-out set before training, and compare the tuned model on the same set.',
    );
    if (p.labeledExamples < 500) steps.push(CURATED_SET);
    steps.push(
      p.dataSensitivity === 'on_prem_only'
        ? 'Tune an open model you host yourselves with LoRA/PEFT adapters, so no data leaves your infrastructure.'
        : 'Start with one small training run on a smaller model; keep the prompt as the fallback until the tuned model wins on the evaluation.',
    );
  }
  if (d.approach === 'hybrid' && d.components.includes('prompt')) {
    steps.push(
      'Train only what is stable (format, voice, domain); keep the per-request instructions in the prompt.',
    );
  }
  if (p.safetyCritical && tunes(d.approach)) {
    steps.push(
      'Run the safety evaluation before and after training and block release on any regression.',
    );
  }
  return steps;
}

export function evaluationPlan(
  p: TaskProfile,
  d: Decision,
): { periodDays: number; metrics: string[] } {
  const metrics = ['Task accuracy on a fixed set of real cases, as a percentage of the target'];
  if (uses(d, 'rag')) metrics.push('Retrieval hit rate: the right source among the top 5 passages');
  if (uses(d, 'rag') || p.mainGaps.includes('knowledge'))
    metrics.push('Share of answers grounded in current facts');
  if (tunes(d.approach))
    metrics.push(
      'Tuned model vs the prompted baseline on the held-out set, and on neighbouring tasks',
    );
  if (p.mainGaps.includes('format') || p.consistency === 'strict')
    metrics.push('Schema-valid output rate');
  if (p.mainGaps.includes('style'))
    metrics.push('Blind reviewer preference for the intended voice');
  if (p.mainGaps.includes('edge_cases')) metrics.push('Accuracy on the edge-case set');
  if (p.mainGaps.includes('latency') || p.latencyTargetMs !== null) {
    metrics.push(
      `p95 latency${p.latencyTargetMs === null ? '' : ` against the ${p.latencyTargetMs} ms target`}`,
    );
  }
  if (p.mainGaps.includes('cost') || p.monthlyCalls !== null) metrics.push('Cost per 1,000 calls');
  if (p.safetyCritical) metrics.push('Safety evaluation pass rate');
  return { periodDays: PERIOD_DAYS[d.approach], metrics };
}
