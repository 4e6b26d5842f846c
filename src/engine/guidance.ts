import type { Decision } from './decide.js';
import { tunes } from './decide.js';
import type { Approach, Facts } from './facts.js';
import { usd } from './format.js';
import type { TaskProfile } from './profile.js';
import { cite } from './sources.js';

const uses = (d: Decision, a: Approach) => d.approach === a || d.components.includes(a);

const CHANGE_WORDS: Record<TaskProfile['knowledgeChange'], string> = {
  static: 'rarely',
  quarterly: 'every few months',
  monthly: 'monthly',
  weekly: 'weekly or faster',
};

const PERIOD_DAYS: Record<Approach, number> = { prompt: 14, rag: 28, fine_tune: 42, hybrid: 42 };

export interface Step {
  text: string;
  source: string;
}

const THOROUGH_PROMPT: Step = {
  text: 'Write a thorough prompt: clear instructions, at least 5 worked input/output examples, the output schema, and automatic checks on every output.',
  source: cite('seed002', 'seed000'),
};
const CURATED_SET: Step = {
  text: 'Build a curated training set: a few hundred diverse, consistent examples beat thousands of mediocre ones, and a stronger model can draft them for review.',
  source: cite('seed001', 'googleTuning'),
};

function smallModelFirst(f: Facts): Step | null {
  const c = f.cost;
  const small = c?.paths.find((x) => x.id === 'prompt_small');
  const tuned = c?.paths.find((x) => x.id === c.tunePath);
  if (!c || !small || !tuned || small.monthlyUsd >= tuned.monthlyUsd) return null;
  return {
    text: `Before training, try prompting ${small.model} on the evaluation set: the saving comes from the smaller model, and prompting it costs ${usd(small.monthlyUsd)} a month against ${usd(tuned.monthlyUsd)} tuned.`,
    source: cite('seed002'),
  };
}

export function nextSteps(p: TaskProfile, f: Facts, d: Decision, asOf: string): Step[] {
  const steps: Step[] = [];
  const push = (text: string, source: string) => steps.push({ text, source });
  if (p.evals === 'none') {
    push(
      'Set up an evaluation first: 50+ real cases with the expected output, scored the same way every time.',
      cite('openaiSft', 'azureConsiderations'),
    );
  }
  if (d.guard === 'measure_first') {
    push(
      'Measure the prompt before deciding: run it on the evaluation cases, score each output against the expected one, and enter the result as a % of your target when you assess again.',
      cite('openaiSft', 'azureConsiderations'),
    );
  }
  if (d.guard === 'prompt_first') steps.push(THOROUGH_PROMPT);
  if (d.guard === 'reexamine_task') {
    push(
      'Re-examine the task: tighten the definition of a good output, check the labels, or split it into smaller tasks.',
      cite('seed002'),
    );
  }
  if (d.guard === 'cannot_fix' && p.mainGaps.includes('reasoning')) {
    push(
      'For the reasoning gap, try step-by-step prompting, breaking the task into steps, or a stronger model; training rarely lifts a reasoning limit.',
      cite('seed000', 'seed001', 'seed003'),
    );
  }
  if (d.guard === 'dataset_too_small') steps.push(CURATED_SET);
  if (d.guard === 'tuning_unavailable') {
    push(
      `No tuning option in the catalogue is on sale on ${asOf}: keep improving the prompt, or add a provider you can buy from, with its quote, to your own catalogue.`,
      cite('openaiWindDown'),
    );
  }
  if (d.approach === 'prompt' && d.guard !== 'prompt_first') {
    push(
      'Iterate on the prompt against the evaluation: examples for the failing cases, a stricter schema, output validation with retry.',
      cite('seed002', 'seed001'),
    );
  }
  if (f.knowledgeGap && !uses(d, 'rag')) {
    push(
      'Put the facts the model lacks into the prompt context at request time (retrieval) rather than expecting it to know them.',
      cite('seed000', 'seed003'),
    );
  }
  if (uses(d, 'rag')) {
    push(
      'Index the source documents, retrieve the relevant passages for each request, and have answers cite them.',
      cite('seed003', 'openaiFaq'),
    );
    push(
      `Re-index as often as the facts change (${CHANGE_WORDS[p.knowledgeChange]}); never retrain for a fact change.`,
      cite('seed003', 'seed001'),
    );
  }
  if (tunes(d.approach)) {
    const small = smallModelFirst(f);
    if (small) steps.push(small);
    push(
      'Record the prompted baseline on a held-out set before training, and compare the tuned model on the same set.',
      cite('openaiSft'),
    );
    if (p.labeledExamples < 500) steps.push(CURATED_SET);
    if (p.dataSensitivity === 'on_prem_only') {
      push(
        'Tune an open model you host yourselves with LoRA/PEFT adapters, so no data leaves your infrastructure.',
        cite('seed002', 'seed004'),
      );
    } else {
      push(
        'Start with one small training run on a smaller model; keep the prompt as the fallback until the tuned model wins on the evaluation.',
        cite('seed002', 'seed001'),
      );
    }
  }
  if (d.approach === 'hybrid' && d.components.includes('prompt')) {
    push(
      'Train only what is stable (format, voice, domain); keep the per-request instructions in the prompt.',
      cite('seed002', 'seed003', 'seed004'),
    );
  }
  if (p.safetyCritical && tunes(d.approach)) {
    push(
      'Run the safety evaluation before and after training and block release on any regression.',
      cite('qi2023'),
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
