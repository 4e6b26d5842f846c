import { describe, expect, it } from 'vitest';
import { assess, type TaskProfileInput } from '../../src/engine/index.js';
import { SIMPLE, withHosted } from '../support/catalogue.js';

const ASOF = '2026-12-02';
const PROFILE: TaskProfileInput = {
  task: 'Write replies',
  taskType: 'generation',
  promptingMaturity: 'few_shot',
  qualityPct: 85,
  evals: 'automated',
  labeledExamples: 1000,
  staticPromptTokens: 2000,
  monthlyCalls: 100_000,
};
const cost = (p: TaskProfileInput, prices = SIMPLE, asOf = ASOF) => {
  const c = assess(p, { prices, asOf }).cost;
  if (!c) throw new Error('no estimate');
  return c;
};
const monthly = (c: ReturnType<typeof cost>) =>
  Object.fromEntries(c.paths.map((x) => [x.id, x.monthlyUsd]));

describe('cost: the three paths', () => {
  it('credits the smaller model, not tuning, with the saving it brings', () => {
    // large: (2000 x (0.5x10 + 0.5x2) + 1000x10 + 500x20) / 1M = $0.032 a call
    // small: (2000 x 1 + 1000 x 1 + 500 x 1) / 1M = $0.0035; tuned: (1000 x 2 + 500 x 4) / 1M = $0.004
    // one-time: 1 run x 1000 examples x 1000 tokens x 2 epochs x $10/1M + $1000 = $1020
    const c = cost(PROFILE);
    expect(monthly(c)).toEqual({ prompt_large: 3200, prompt_small: 350, tune_small: 602 });
    expect(c.promptPath).toBe('prompt_small');
    expect(c.perCallUsd).toEqual({ prompt: 0.0035, fineTune: 0.004 });
    expect(c.oneTimeUsd).toBe(1020);
    expect(c.breakEvenCallsPerMonth).toBe('never');
    expect(c.cheaper).toBe('prompt');
    expect(c.cheaperPath).toBe('prompt_small');
  });

  it('calls tuning cheaper when it pays back well inside its lifetime, with the arithmetic', () => {
    // small at $8 a token: $0.028 a call; saving $0.024 a call - $100 hosting = $2,300 a month
    // payback 1020 / 2300 = 0.4 months; break-even: 0.024 n >= 100 + 102 -> 8,417 calls
    const dear = withHosted({ base: { input: 8, cachedInput: 8, output: 8 } });
    const c = cost(PROFILE, dear);
    expect(c.paybackMonths).toBe(0.4);
    expect(c.breakEvenCallsPerMonth).toBe(8417);
    expect(c.cheaper).toBe('fine_tune');
    expect(c.cheaperPath).toBe('tune_small');
    expect(c.arithmetic.join('\n')).toContain('8,417 calls/month');
  });

  it('grows the training cost with the labeled examples', () => {
    expect(cost({ ...PROFILE, labeledExamples: 2000 }).oneTimeUsd).toBe(1040);
    expect(cost({ ...PROFILE, labeledExamples: 0 }).oneTimeUsd).toBe(1000);
  });

  it('takes the output length from the task type unless it is given', () => {
    expect(cost({ ...PROFILE, taskType: 'classification' }).outputTokensPerCall).toBe(10);
    expect(cost(PROFILE).outputTokensPerCall).toBe(500);
    expect(cost({ ...PROFILE, outputTokens: 42 }).outputTokensPerCall).toBe(42);
    // a label costs less to produce than a paragraph
    expect(cost({ ...PROFILE, taskType: 'classification' }).perCallUsd.prompt).toBeLessThan(
      cost(PROFILE).perCallUsd.prompt,
    );
  });

  it('compares self-hosted paths only, when data must stay on premises', () => {
    // $1/hour / (1000 tokens/s x 3600 x 0.5) = $0.5556 per 1M tokens; floor 730 GPU-hours = $730
    const c = cost({ ...PROFILE, dataSensitivity: 'on_prem_only' });
    expect(c.paths.map((x) => x.id)).toEqual(['prompt_self_hosted', 'tune_self_hosted']);
    expect(c.paths.every((x) => x.provider === 'Own GPUs')).toBe(true);
    // prompted: 3,500 tokens a call x 100,000 = 350M tokens = $194.44, under the GPU floor
    expect(c.monthlyUsd.prompt).toBe(730);
    // training: 2M tokens / 1000 per s = 0.56 h x $1 + $1000 labour
    expect(c.oneTimeUsd).toBe(1000.56);
    // break-even on the stretch above the floor: (1000.5556 / 10 + 730) / (3,500 x $0.5556 / 1M)
    expect(c.breakEvenCallsPerMonth).toBe(426_886);
  });
});

describe('cost: dates', () => {
  it('caps the tuned model lifetime by its base model retirement', () => {
    // 43 days to 2027-01-14 = 1.4 months; tuned: $400 + $100 + $1020 / 1.4
    const c = cost(
      PROFILE,
      withHosted({
        availability: { newCustomersFrom: null, newCustomersUntil: null, retires: '2027-01-14' },
      }),
    );
    expect(c.tuningLifetimeMonths).toBe(1.4);
    expect(c.monthlyUsd.fineTune).toBe(1228.57);
    expect(cost(PROFILE).tuningLifetimeMonths).toBe(10);
  });

  it('never recommends a tuning option that is not on sale on the date', () => {
    const gone = withHosted({
      base: { input: 8, cachedInput: 8, output: 8 },
      availability: { newCustomersFrom: null, newCustomersUntil: '2026-05-07', retires: null },
    });
    const before = assess(
      { ...PROFILE, mainGaps: ['format'] },
      { prices: gone, asOf: '2026-05-06' },
    );
    const after = assess({ ...PROFILE, mainGaps: ['format'] }, { prices: gone, asOf: ASOF });
    expect(before.approach).toBe('fine_tune');
    expect(after.approach).toBe('prompt');
    expect(after.cost?.paths.find((x) => x.id === 'tune_small')?.available).toBe(false);
    expect(after.cost?.cheaper).toBe('prompt');
    expect(after.warnings.map((w) => w.id)).toContain('tuning_unavailable');
  });

  it('warns when the catalogue is more than 180 days old on the date, naming its date', () => {
    const ids = (asOf: string) => assess(PROFILE, { prices: SIMPLE, asOf }).warnings;
    expect(ids('2027-04-30').map((w) => w.id)).not.toContain('catalogue_stale');
    const stale = ids('2027-05-01').find((w) => w.id === 'catalogue_stale');
    expect(stale?.text).toContain('2026-11-01');
    expect(stale?.text).toContain('181 days');
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    expect(() => assess(PROFILE, { asOf: '2026-13-40' })).toThrow();
  });
});
