import { z } from 'zod';
import { type Assessment, ENGINE_VERSION, type Reason } from './assessment.js';
import { type Catalogue, DEFAULT_CATALOGUE } from './catalogue.js';
import { confidence } from './confidence.js';
import { estimateCost } from './cost.js';
import { select } from './cost-paths.js';
import { best, decide, tunes } from './decide.js';
import { APPROACHES, deriveFacts, type Scores } from './facts.js';
import { FIELD_LABELS } from './field-labels.js';
import { evaluationPlan, nextSteps } from './guidance.js';
import {
  defaultedFields,
  type ProfileField,
  TaskProfile,
  type TaskProfileInput,
} from './profile.js';
import { readValidProfile } from './profile-fast.js';
import { RULES, type Rule } from './rules.js';
import { warningsFor } from './warnings.js';

export interface AssessOptions {
  /** The provider catalogue; the built-in one when absent. */
  prices?: Catalogue;
  /** The date the advice is for (YYYY-MM-DD); the catalogue's own date when absent. */
  asOf?: string;
}

const IsoDate = z.iso.date();
let lastDate = '';
/** The date, checked once for a run of assessments on the same date. */
function checkedDate(asOf: string): string {
  if (asOf !== lastDate) lastDate = IsoDate.parse(asOf);
  return lastDate;
}
const weight = (r: Rule) => Object.values(r.effect).reduce((sum, v) => sum + Math.abs(v), 0);
/** A default as a reader would say it. */
const shown = (v: unknown) =>
  v === null ? 'not given' : Array.isArray(v) ? (v.length ? v.join(', ') : 'none') : String(v);

const defaultsTexts = new Map<string, string>();
/** The sentence naming the assumed inputs; it depends only on which ones, so it is written once. */
function defaultsText(defaults: ProfileField[], p: TaskProfile): string {
  const key = defaults.join();
  let text = defaultsTexts.get(key);
  if (text === undefined) {
    text = `Assumed defaults for ${defaults.length} unanswered input${defaults.length === 1 ? '' : 's'}: ${defaults.map((k) => `${FIELD_LABELS[k]} ${shown(p[k])}`).join('; ')}.`;
    defaultsTexts.set(key, text);
  }
  return text;
}

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

/** For the chosen approach when it moves it up; against when it moves it down or favours another. */
function side(r: Rule, chosen: keyof Scores): Reason['side'] {
  const own = r.effect[chosen] ?? 0;
  return own > 0 ? 'for' : 'against';
}

/**
 * Turns a task profile into advice. Pure: same input and date, same output.
 * Throws on an invalid profile or date.
 */
export function assess(input: TaskProfileInput, options: AssessOptions = {}): Assessment {
  const p = readValidProfile(input) ?? TaskProfile.parse(input);
  const catalogue = options.prices ?? DEFAULT_CATALOGUE;
  const asOf = options.asOf === undefined ? catalogue.checked : checkedDate(options.asOf);
  const defaults = defaultedFields(input as Record<string, unknown>);
  const cost = estimateCost(p, catalogue, asOf);
  const chosen = select(catalogue, asOf);
  const onPrem = p.dataSensitivity === 'on_prem_only';
  const f = deriveFacts(p, cost, onPrem ? chosen.selfHostedAvailable : chosen.hostedAvailable);
  const fired: Rule[] = [];
  for (const r of BY_WEIGHT) if (r.when(p, f)) fired.push(r);
  const scores = sum(fired);
  const d = decide(p, f, scores);
  const tuningTopWithoutKnowledgeRule = tunes(
    best(f.knowledgeGap ? withoutKnowledgeRule(scores) : scores),
  );

  const forReasons: Reason[] = [];
  const against: Reason[] = [];
  for (const r of fired) {
    const s = side(r, d.approach);
    const reason = {
      rule: r.id,
      factor: r.factor,
      effect: r.effect,
      text: r.text(p, f),
      source: r.source,
      side: s,
    };
    (s === 'for' ? forReasons : against).push(reason);
  }
  if (defaults.length > 0) {
    against.push({
      rule: 'defaults_assumed',
      factor: 'defaults',
      effect: {},
      text: defaultsText(defaults, p),
      source: "The form's stated default for each unanswered input",
      side: 'against',
    });
  }
  const steps = nextSteps(p, f, d, asOf);
  const conf = confidence(p, scores, d, defaults.length);

  return {
    approach: d.approach,
    components: d.components,
    confidence: conf.value,
    confidenceBasis: conf.basis,
    scores,
    reasons: [...forReasons, ...against],
    warnings: warningsFor(p, f, d, tuningTopWithoutKnowledgeRule, catalogue, asOf),
    nextSteps: steps.map((s) => s.text),
    nextStepSources: steps.map((s) => s.source),
    evaluation: evaluationPlan(p, d),
    cost,
    defaultsAssumed: defaults,
    asOf,
    engineVersion: ENGINE_VERSION,
  };
}
