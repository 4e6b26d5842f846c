import { type Facts, MIN_TUNING_EXAMPLES, REEXAMINE_BELOW_PCT, type Scores } from './facts.js';
import { formatCount as calls, roughMonths, usd } from './format.js';
import type { ProfileField, TaskProfile } from './profile.js';
import { cite } from './sources.js';

export interface Rule {
  id: string;
  /** The input that moves the scores. */
  factor: ProfileField | 'baseline' | 'cost';
  when: (p: TaskProfile, f: Facts) => boolean;
  effect: Partial<Scores>;
  text: (p: TaskProfile, f: Facts) => string;
  source: string;
}

const tuningCheaper = (f: Facts) => f.cost?.cheaper === 'fine_tune';
/** "$675.00 a month prompting A against $1,381.00 tuning B", from the estimate. */
function costs(f: Facts): string {
  const c = f.cost;
  if (!c) return '';
  const model = (id: string) => c.paths.find((x) => x.id === id)?.model ?? id;
  return `${usd(c.monthlyUsd.prompt)} a month prompting ${model(c.promptPath)} against ${usd(c.monthlyUsd.fineTune)} tuning ${model(c.tunePath)}`;
}
const strictButVarying = (p: TaskProfile) =>
  p.consistency === 'strict' && p.requestVariation === 'high';

/** The advice, one row per rule. Effects add to the four approach scores. */
const TABLE: Rule[] = [
  {
    id: 'prompt_first',
    factor: 'baseline',
    when: () => true,
    effect: { prompt: 2 },
    text: () =>
      'Prompting is where every task starts: no training bill, changes land in minutes, and a better base model helps at once.',
    source: cite('seed000', 'seed001', 'seed002'),
  },
  {
    id: 'prompt_not_thorough',
    factor: 'promptingMaturity',
    when: (_p, f) => !f.thorough,
    effect: { prompt: 3, fine_tune: -2, hybrid: -2 },
    text: () =>
      'No thorough prompt has been tried yet (clear instructions, 5+ examples, a schema, output checks), so there is no measured ceiling for training to beat.',
    source: cite('seed002', 'seed000'),
  },
  {
    id: 'prompt_thorough',
    factor: 'promptingMaturity',
    when: (_p, f) => f.thorough,
    effect: { fine_tune: 1, hybrid: 1 },
    text: () =>
      'A thorough prompt has been tried, so what still fails is real evidence for or against training.',
    source: cite('seed002', 'seed000'),
  },
  {
    id: 'quality_near_target',
    factor: 'qualityPct',
    when: (p, f) => f.thorough && p.qualityPct !== null && p.qualityPct >= 70 && p.qualityPct < 95,
    effect: { fine_tune: 2, hybrid: 1 },
    text: (p) =>
      `The best prompt reaches ${p.qualityPct}% of the target: closing a last, narrow gap is where training tends to pay.`,
    source: cite('seed002'),
  },
  {
    id: 'quality_met',
    factor: 'qualityPct',
    when: (p) => p.qualityPct !== null && p.qualityPct >= 95,
    effect: { prompt: 2 },
    text: (p) =>
      `The prompt already reaches ${p.qualityPct}% of the target; training would add cost for little gain.`,
    source: cite('seed000'),
  },
  {
    id: 'quality_far_below',
    factor: 'qualityPct',
    when: (p, f) => f.thorough && p.qualityPct !== null && p.qualityPct < REEXAMINE_BELOW_PCT,
    effect: { prompt: 1, fine_tune: -3, hybrid: -3 },
    text: (p) =>
      `Only ${p.qualityPct}% of the target after a thorough prompt points at the task definition, not the method; a tuned model would learn the same confusion.`,
    source: cite('seed002'),
  },
  {
    id: 'quality_not_measured',
    factor: 'qualityPct',
    when: (p, f) => f.thorough && p.qualityPct === null,
    effect: { fine_tune: -1, hybrid: -1 },
    text: () =>
      'Quality has not been measured yet, so nothing shows how far the prompt falls short or what training would have to gain.',
    source: cite('openaiSft', 'azureConsiderations'),
  },
  {
    id: 'knowledge_gap',
    factor: 'mainGaps',
    when: (_p, f) => f.knowledgeGap,
    effect: { rag: 4, fine_tune: -2 },
    text: (p) =>
      `The model is missing facts${p.knowledgeChange === 'static' ? '' : ` that change ${p.knowledgeChange}`}: retrieval supplies them per request, while training on facts sticks poorly and can raise hallucination.`,
    source: cite('seed000', 'seed001', 'seed003', 'knowledgeInjection'),
  },
  {
    id: 'knowledge_quarterly',
    factor: 'knowledgeChange',
    when: (p, f) => p.knowledgeChange === 'quarterly' && !f.knowledgeGap,
    effect: { rag: 1 },
    text: () =>
      'The facts behind the task change every quarter: retrieval keeps answers current without a new training run.',
    source: cite('seed003', 'seed001'),
  },
  {
    id: 'facts_and_format',
    factor: 'mainGaps',
    when: (p, f) =>
      f.knowledgeGap &&
      (p.mainGaps.includes('format') || p.mainGaps.includes('style') || p.consistency === 'strict'),
    effect: { hybrid: 2 },
    text: () =>
      'Facts and form are separate problems here: retrieval can bring the facts while training holds the format, and the two combine.',
    source: cite('openaiFaq', 'seed003', 'seed004'),
  },
  {
    id: 'format_gap',
    factor: 'mainGaps',
    when: (p) => p.mainGaps.includes('format'),
    effect: { fine_tune: 2, hybrid: 1 },
    text: () =>
      'The output format keeps drifting: examples trained into the weights hold a schema more reliably than instructions do.',
    source: cite('seed000', 'seed001', 'seed002'),
  },
  {
    id: 'style_gap',
    factor: 'mainGaps',
    when: (p) => p.mainGaps.includes('style'),
    effect: { fine_tune: 2, hybrid: 1 },
    text: () =>
      'Voice and style are easier to show than to describe; training on examples captures differences a prompt cannot pin down.',
    source: cite('seed000', 'seed002', 'seed004'),
  },
  {
    id: 'strict_consistency',
    factor: 'consistency',
    when: (p) => p.consistency === 'strict',
    effect: { fine_tune: 1, hybrid: 1 },
    text: () =>
      'The output must be exactly consistent; a prompted model deviates now and then, a tuned one less often.',
    source: cite('seed001', 'seed003'),
  },
  {
    id: 'stable_format_varying_requests',
    factor: 'requestVariation',
    when: strictButVarying,
    effect: { hybrid: 3 },
    text: () =>
      'The format is fixed but the instructions change with every request: train the stable part, prompt the part that varies.',
    source: cite('seed002', 'seed003', 'seed004'),
  },
  {
    id: 'varying_requests',
    factor: 'requestVariation',
    when: (p) => p.requestVariation === 'high' && !strictButVarying(p),
    effect: { prompt: 1 },
    text: () =>
      'Instructions differ from request to request; a prompt adapts per call, a tuned model stays as it was trained.',
    source: cite('seed001', 'seed002'),
  },
  {
    id: 'long_static_prompt',
    factor: 'staticPromptTokens',
    when: (p) => p.staticPromptTokens >= 2000,
    effect: { fine_tune: 1 },
    text: (p) =>
      `${calls(p.staticPromptTokens)} tokens of fixed instructions and examples ride on every call; training can fold them into the weights (prompt caching also makes them cheaper).`,
    source: cite('seed000', 'seed001', 'seed002'),
  },
  {
    id: 'latency_need',
    factor: 'latencyTargetMs',
    when: (p) =>
      p.mainGaps.includes('latency') || (p.latencyTargetMs !== null && p.latencyTargetMs < 1000),
    effect: { fine_tune: 1 },
    text: () => 'A tight latency need favours a smaller tuned model with a short prompt.',
    source: cite('seed000', 'seed002'),
  },
  {
    id: 'cost_gap',
    factor: 'mainGaps',
    when: (p, f) => p.mainGaps.includes('cost') && tuningCheaper(f),
    effect: { fine_tune: 1 },
    text: () =>
      'Cost is a named problem and the estimate shows a tuned small model saving money over every way of prompting.',
    source: cite('seed000', 'seed002'),
  },
  {
    id: 'cost_gap_prompting_cheaper',
    factor: 'mainGaps',
    when: (p, f) => p.mainGaps.includes('cost') && !tuningCheaper(f),
    effect: { prompt: 1 },
    text: () =>
      'Cost is a named problem, and it falls faster by trimming the prompt, caching it, or prompting a smaller model than by training one.',
    source: cite('seed002', 'seed000'),
  },
  {
    id: 'tuning_cheaper',
    factor: 'cost',
    when: (_p, f) => tuningCheaper(f),
    effect: { fine_tune: 2, hybrid: 1 },
    text: (p, f) =>
      `At ${calls(p.monthlyCalls ?? 0)} calls a month the estimate gives ${costs(f)}, and training pays back in ${roughMonths(f.cost?.paybackMonths ?? 0)}, well inside the ${f.cost?.tuningLifetimeMonths} months the tuned model can be used.`,
    source: cite('seed002'),
  },
  {
    id: 'prompting_cheaper',
    factor: 'cost',
    when: (_p, f) => f.cost !== null && !tuningCheaper(f),
    effect: { prompt: 1 },
    text: (p, f) =>
      `At ${calls(p.monthlyCalls ?? 0)} calls a month the estimate gives ${costs(f)}: training would not pay back well inside the ${f.cost?.tuningLifetimeMonths} months the tuned model can be used.`,
    source: cite('seed002'),
  },
  {
    id: 'edge_cases',
    factor: 'mainGaps',
    when: (p) => p.mainGaps.includes('edge_cases'),
    effect: { fine_tune: 1 },
    text: () =>
      'Domain-specific edge cases are patterns that examples teach better than instructions describe.',
    source: cite('seed000', 'seed001', 'seed003'),
  },
  {
    id: 'reasoning_gap',
    factor: 'mainGaps',
    when: (p) => p.mainGaps.includes('reasoning'),
    effect: { prompt: 1, fine_tune: -1, hybrid: -1 },
    text: () =>
      'Training rarely lifts a reasoning limit; step-by-step prompting or a stronger model is the better first try.',
    source: cite('seed000', 'seed001', 'seed003'),
  },
  {
    id: 'few_examples',
    factor: 'labeledExamples',
    when: (p) => p.labeledExamples < MIN_TUNING_EXAMPLES,
    effect: { fine_tune: -1, hybrid: -1 },
    text: (p) =>
      `${calls(p.labeledExamples)} labeled examples is too few to train on: vendors report clear gains from 50-100 and a marked change from 100-500.`,
    source: cite('openaiSft', 'googleTuning'),
  },
  {
    id: 'enough_examples',
    factor: 'labeledExamples',
    when: (p) => p.labeledExamples >= 100,
    effect: { fine_tune: 1, hybrid: 1 },
    text: (p) =>
      `${calls(p.labeledExamples)} labeled examples is enough for a first training experiment.`,
    source: cite('openaiSft', 'googleTuning', 'seed001'),
  },
  {
    id: 'many_examples',
    factor: 'labeledExamples',
    when: (p) => p.labeledExamples >= 500,
    effect: { fine_tune: 1 },
    text: () =>
      'With 500+ labeled examples a tuned model can change behaviour markedly, provided they are curated.',
    source: cite('googleTuning', 'seed001'),
  },
  {
    id: 'no_evals',
    factor: 'evals',
    when: (p) => p.evals === 'none',
    effect: { fine_tune: -1, hybrid: -1 },
    text: () =>
      'There is no evaluation set, so nobody could tell whether a trained model is better than the prompt.',
    source: cite('openaiSft', 'azureConsiderations'),
  },
  {
    id: 'automated_evals',
    factor: 'evals',
    when: (p) => p.evals === 'automated',
    effect: { fine_tune: 1 },
    text: () =>
      'Automated evaluations are in place: a training experiment can be judged objectively.',
    source: cite('openaiSft', 'azureConsiderations'),
  },
  {
    id: 'safety_critical',
    factor: 'safetyCritical',
    when: (p) => p.safetyCritical,
    effect: { fine_tune: -1, hybrid: -1 },
    text: () =>
      'The task is safety-critical, and training, even on harmless data, has been measured to weaken safety behaviour.',
    source: cite('seed000', 'seed003', 'qi2023'),
  },
  {
    id: 'on_prem_only',
    factor: 'dataSensitivity',
    when: (p) => p.dataSensitivity === 'on_prem_only',
    effect: { fine_tune: 1, hybrid: 1 },
    text: () =>
      'The data may not leave your infrastructure: a self-hosted open model, adapted with LoRA/PEFT, is how to tailor a model here.',
    source: cite('seed002', 'seed004', 'seed001'),
  },
  {
    id: 'no_ml_capacity',
    factor: 'mlCapacity',
    when: (p) => p.mlCapacity === 'none',
    effect: { prompt: 1, fine_tune: -1, hybrid: -1 },
    text: () =>
      'No one on the team does ML: training cycles take weeks to run and judge, while prompts iterate in minutes.',
    source: cite('seed002', 'seed003'),
  },
  {
    id: 'ml_team',
    factor: 'mlCapacity',
    when: (p) => p.mlCapacity === 'dedicated',
    effect: { fine_tune: 1 },
    text: () =>
      'A dedicated ML team can run training experiments and keep a tuned model maintained.',
    source: cite('seed003'),
  },
];

// Frozen: assessments hand these effect objects out as they are.
export const RULES: readonly Rule[] = TABLE.map((r) =>
  Object.freeze({ ...r, effect: Object.freeze({ ...r.effect }) }),
);
