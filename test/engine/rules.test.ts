import { describe, expect, it } from 'vitest';
import { type AssessOptions, assess, type TaskProfileInput } from '../../src/engine/index.js';
import { RULES } from '../../src/engine/rules.js';
import { NEUTRAL, READY_TO_TUNE } from '../support/profiles.js';

/** Long fixed prompt at high volume: the estimate says a tuned small model pays back fast. */
const TUNING_PAYS = { staticPromptTokens: 3000, monthlyCalls: 10_000_000 };

/** For every rule: a profile where it fires and the same profile with one input changed. */
const CASES: Record<
  string,
  [fires: TaskProfileInput, silent: TaskProfileInput, opts?: AssessOptions]
> = {
  prompt_first: [NEUTRAL, NEUTRAL],
  prompt_not_thorough: [{ ...NEUTRAL, promptingMaturity: 'basic' }, NEUTRAL],
  prompt_thorough: [NEUTRAL, { ...NEUTRAL, promptingMaturity: 'none' }],
  quality_near_target: [{ ...NEUTRAL, qualityPct: 85 }, NEUTRAL],
  quality_met: [{ ...NEUTRAL, qualityPct: 97 }, NEUTRAL],
  quality_far_below: [{ ...NEUTRAL, qualityPct: 40 }, NEUTRAL],
  quality_not_measured: [{ ...NEUTRAL, qualityPct: null }, NEUTRAL],
  knowledge_gap: [{ ...NEUTRAL, mainGaps: ['knowledge'] }, NEUTRAL],
  knowledge_quarterly: [{ ...NEUTRAL, knowledgeChange: 'quarterly' }, NEUTRAL],
  facts_and_format: [
    { ...NEUTRAL, mainGaps: ['knowledge', 'format'] },
    { ...NEUTRAL, mainGaps: ['format'] },
  ],
  format_gap: [{ ...NEUTRAL, mainGaps: ['format'] }, NEUTRAL],
  style_gap: [{ ...NEUTRAL, mainGaps: ['style'] }, NEUTRAL],
  strict_consistency: [{ ...NEUTRAL, consistency: 'strict' }, NEUTRAL],
  stable_format_varying_requests: [
    { ...NEUTRAL, consistency: 'strict', requestVariation: 'high' },
    { ...NEUTRAL, consistency: 'strict' },
  ],
  varying_requests: [{ ...NEUTRAL, requestVariation: 'high' }, NEUTRAL],
  long_static_prompt: [{ ...NEUTRAL, staticPromptTokens: 5000 }, NEUTRAL],
  latency_need: [
    { ...NEUTRAL, latencyTargetMs: 400 },
    { ...NEUTRAL, latencyTargetMs: 3000 },
  ],
  cost_gap: [
    { ...NEUTRAL, ...TUNING_PAYS, mainGaps: ['cost'] },
    { ...NEUTRAL, ...TUNING_PAYS },
  ],
  cost_gap_prompting_cheaper: [{ ...NEUTRAL, mainGaps: ['cost'] }, NEUTRAL],
  tuning_cheaper: [
    { ...NEUTRAL, ...TUNING_PAYS },
    { ...NEUTRAL, ...TUNING_PAYS, monthlyCalls: 10_000 },
  ],
  prompting_cheaper: [{ ...NEUTRAL, monthlyCalls: 10_000 }, NEUTRAL],
  edge_cases: [{ ...NEUTRAL, mainGaps: ['edge_cases'] }, NEUTRAL],
  reasoning_gap: [{ ...NEUTRAL, mainGaps: ['reasoning'] }, NEUTRAL],
  few_examples: [{ ...NEUTRAL, labeledExamples: 10 }, NEUTRAL],
  enough_examples: [{ ...NEUTRAL, labeledExamples: 200 }, NEUTRAL],
  many_examples: [
    { ...NEUTRAL, labeledExamples: 800 },
    { ...NEUTRAL, labeledExamples: 200 },
  ],
  no_evals: [{ ...NEUTRAL, evals: 'none' }, NEUTRAL],
  automated_evals: [{ ...NEUTRAL, evals: 'automated' }, NEUTRAL],
  safety_critical: [{ ...NEUTRAL, safetyCritical: true }, NEUTRAL],
  on_prem_only: [{ ...NEUTRAL, dataSensitivity: 'on_prem_only' }, NEUTRAL],
  no_ml_capacity: [{ ...NEUTRAL, mlCapacity: 'none' }, NEUTRAL],
  ml_team: [{ ...NEUTRAL, mlCapacity: 'dedicated' }, NEUTRAL],
};

describe('rule table', () => {
  it('has a test case for every rule and unique ids', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(CASES).sort()).toEqual([...ids].sort());
  });

  it('names a source a reader can find again, and a factor, for every rule', () => {
    // Each source: its title, then in brackets its address when it has one and its date
    // (n.d. when the page shows none); several are joined with "; ".
    const source =
      /^[^;()]+ \((?:[a-z0-9.-]+\.[a-z]{2,}\/[^,;()]*, )?(?:n\.d\.|\d{4}-\d{2}-\d{2})\)$/;
    for (const r of RULES) {
      for (const one of r.source.split('; ')) expect(one, r.id).toMatch(source);
      expect(r.factor, r.id).toMatch(/^[a-zA-Z]+$/);
    }
  });

  for (const rule of RULES.filter((r) => r.id !== 'prompt_first')) {
    it(`${rule.id}: fires on its input and moves the scores by its effect`, () => {
      const [fires, silent, opts] = CASES[rule.id] ?? [NEUTRAL, NEUTRAL];
      const on = assess(fires, opts);
      const off = assess(silent, opts);
      expect(on.reasons.map((r) => r.rule)).toContain(rule.id);
      expect(off.reasons.map((r) => r.rule)).not.toContain(rule.id);
      const reason = on.reasons.find((r) => r.rule === rule.id);
      expect(reason?.effect).toEqual(rule.effect);
      expect(reason?.text).toMatch(/^[A-Z0-9]/);
    });
  }

  it('prompt_first fires for every profile', () => {
    for (const p of [NEUTRAL, READY_TO_TUNE, { task: 't' }]) {
      expect(assess(p).reasons.map((r) => r.rule)).toContain('prompt_first');
    }
  });

  it('hands out rule effects that cannot be changed through an assessment', () => {
    const [reason] = assess(READY_TO_TUNE).reasons;
    expect(Object.isFrozen(reason?.effect)).toBe(true);
    expect(Object.isFrozen(RULES[0])).toBe(true);
  });

  it('lists reasons for the approach first, then those against, each strongest first', () => {
    const a = assess(READY_TO_TUNE);
    const sides = a.reasons.map((r) => r.side);
    expect(sides).toEqual([...sides].sort((x, y) => (x === y ? 0 : x === 'for' ? -1 : 1)));
    for (const side of ['for', 'against'] as const) {
      const weights = a.reasons
        .filter((r) => r.side === side)
        .map((r) => Object.values(r.effect).reduce((s, v) => s + Math.abs(v), 0));
      expect(weights.length, side).toBeGreaterThan(1);
      expect(weights).toEqual([...weights].sort((x, y) => y - x));
    }
  });

  it('files a reason for the approach only when it moves that approach up', () => {
    const a = assess(READY_TO_TUNE);
    expect(a.approach).toBe('fine_tune');
    expect(new Set(a.reasons.map((r) => r.side))).toEqual(new Set(['for', 'against']));
    for (const r of a.reasons) {
      expect(r.side === 'for', r.rule).toBe((r.effect.fine_tune ?? 0) > 0);
    }
    expect(a.reasons.find((r) => r.rule === 'prompt_first')?.side).toBe('against');
  });
});
