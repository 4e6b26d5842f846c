import { type Assessment, ENGINE_VERSION, type Reason } from './assessment.js';
import { costCrossover } from './cost.js';
import { best, decide, tunes, warningsFor } from './decide.js';
import { APPROACHES, deriveFacts, type Scores } from './facts.js';
import { evaluationPlan, nextSteps } from './guidance.js';
import { DEFAULT_PRICES, type PriceTable } from './prices.js';
import { defaultedFields, TaskProfile, type TaskProfileInput } from './profile.js';
import { RULES, type Rule } from './rules.js';

export { Assessment, ENGINE_VERSION } from './assessment.js';
export { APPROACHES, type Approach } from './facts.js';
export { formatCount, usd } from './format.js';
export { APPROACH_LABELS, describeApproach } from './labels.js';
export { DEFAULT_PRICES, PriceTable } from './prices.js';
export { TaskProfile, type TaskProfileInput } from './profile.js';

export interface AssessOptions {
  prices?: PriceTable;
}

const weight = (r: Rule) => Object.values(r.effect).reduce((sum, v) => sum + Math.abs(v), 0);
/** A default as the profile's JSON would show it. */
const shown = (v: unknown) =>
  typeof v === 'string' ? `"${v}"` : Array.isArray(v) ? `[${v.join(', ')}]` : String(v);

/** The rule table, strongest first, so that reasons come out in that order. */
const BY_WEIGHT = [...RULES].sort((a, b) => weight(b) - weight(a));

function sum(rules: readonly Rule[]): Scores {
  const scores: Scores = { prompt: 0, rag: 0, fine_tune: 0, hybrid: 0 };
  for (const { effect } of rules) {
    scores.prompt += effect.prompt ?? 0;
    scores.rag += effect.rag ?? 0;
    scores.fine_tune += effect.fine_tune ?? 0;
    scores.hybrid += effect.hybrid ?? 0;
  }
  return scores;
}

const KNOWLEDGE_RULE = RULES.find((r) => r.id === 'knowledge_gap');

/** The scores as they would be had the knowledge gap not counted against tuning. */
function withoutKnowledgeRule(scores: Scores): Scores {
  const out = { ...scores };
  for (const a of APPROACHES) out[a] -= KNOWLEDGE_RULE?.effect[a] ?? 0;
  return out;
}

function confidence(
  scores: Scores,
  chosen: keyof Scores,
  forced: boolean,
  defaults: number,
): number {
  let runnerUp = Number.NEGATIVE_INFINITY;
  for (const a of APPROACHES) if (a !== chosen && scores[a] > runnerUp) runnerUp = scores[a];
  const margin = scores[chosen] - runnerUp;
  const base = forced && margin <= 0 ? 0.75 : 0.5 + 0.45 * (1 - Math.exp(-Math.max(margin, 0) / 3));
  return Number(Math.max(0.1, base * (1 - 0.03 * defaults)).toFixed(2));
}

/** Turns a task profile into advice. Pure: same input, same output. Throws on an invalid profile. */
export function assess(input: TaskProfileInput, options: AssessOptions = {}): Assessment {
  const p = TaskProfile.parse(input);
  const defaults = defaultedFields(input as Record<string, unknown>);
  const cost =
    p.monthlyCalls === null
      ? null
      : costCrossover(p.staticPromptTokens, p.monthlyCalls, options.prices ?? DEFAULT_PRICES);
  const f = deriveFacts(p, cost);
  const fired: Rule[] = [];
  for (const r of BY_WEIGHT) if (r.when(p, f)) fired.push(r);
  const scores = sum(fired);
  const d = decide(p, f, scores);
  const tuningTopWithoutKnowledgeRule = tunes(
    best(f.knowledgeGap ? withoutKnowledgeRule(scores) : scores),
  );

  const reasons: Reason[] = fired.map((r) => ({
    rule: r.id,
    factor: r.factor,
    effect: r.effect,
    text: r.text(p, f),
    source: r.source,
  }));
  if (defaults.length > 0) {
    reasons.push({
      rule: 'defaults_assumed',
      factor: 'defaults',
      effect: {},
      text: `Assumed defaults for ${defaults.length} unanswered input${defaults.length === 1 ? '' : 's'}: ${defaults.map((k) => `${k} = ${shown(p[k])}`).join(', ')}.`,
      source: 'TaskProfile defaults',
    });
  }

  return {
    approach: d.approach,
    components: d.components,
    confidence: confidence(scores, d.approach, d.guard !== null, defaults.length),
    scores,
    reasons,
    warnings: warningsFor(p, f, d, tuningTopWithoutKnowledgeRule),
    nextSteps: nextSteps(p, f, d),
    evaluation: evaluationPlan(p, d),
    cost,
    defaultsAssumed: defaults,
    engineVersion: ENGINE_VERSION,
  };
}
