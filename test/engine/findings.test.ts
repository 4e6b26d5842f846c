import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Assessment, assess, type TaskProfileInput } from '../../src/engine/index.js';
import { profileArb } from '../support/profiles.js';

// The expert review's findings: each case here failed before the engine was fixed.
const tunes = (a: Assessment) => a.approach === 'fine_tune' || a.approach === 'hybrid';
const HIGH = 0.75;

const THOROUGH: TaskProfileInput = {
  task: 'Label support tickets',
  taskType: 'classification',
  promptingMaturity: 'few_shot',
  evals: 'automated',
  labeledExamples: 1000,
  mlCapacity: 'dedicated',
};

describe('finding 1: hard rules are hard, whichever rule produced the tuning', () => {
  it('a prompt at 100% with no examples, strict format and varying requests is not tuned', () => {
    const a = assess({
      ...THOROUGH,
      qualityPct: 100,
      labeledExamples: 0,
      monthlyCalls: 20_000,
      consistency: 'strict',
      requestVariation: 'high',
    });
    expect(a.approach).toBe('prompt');
  });
});

describe('finding 2: cost reads the estimate, not a threshold', () => {
  const onlyCost = { ...THOROUGH, mainGaps: ['cost' as const], qualityPct: 96 };

  it('does not tune when its own estimate says prompting is cheaper', () => {
    const a = assess({ ...onlyCost, monthlyCalls: 100_000 });
    expect(a.cost?.cheaper).toBe('prompt');
    expect(tunes(a)).toBe(false);
  });

  it('gives the same answer at 99,999 and 100,000 calls a month', () => {
    const below = assess({ ...onlyCost, monthlyCalls: 99_999 });
    const at = assess({ ...onlyCost, monthlyCalls: 100_000 });
    expect(at.approach).toBe(below.approach);
  });
});

describe('finding 3: what training cannot fix is decisive', () => {
  it('a reasoning gap at 10M calls a month is not answered with tuning', () => {
    const a = assess({
      ...THOROUGH,
      mainGaps: ['reasoning'],
      qualityPct: 85,
      monthlyCalls: 10_000_000,
      staticPromptTokens: 3000,
    });
    expect(tunes(a)).toBe(false);
  });
});

describe('finding 4: unmeasured is not evidence', () => {
  it('no tuning without a measured quality; the advice is to measure first', () => {
    const a = assess({
      ...THOROUGH,
      mainGaps: ['format'],
      qualityPct: null,
      monthlyCalls: 2_000_000,
    });
    expect(tunes(a)).toBe(false);
    expect(a.reasons.map((r) => r.text).join(' ')).toMatch(/not (been )?measured/);
    expect(a.nextSteps[0]).toMatch(/^Measure/);
  });

  it('never recommends tuning with high confidence without an evaluation set', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const a = assess({ ...p, evals: 'none' });
        if (tunes(a)) expect(a.confidence).toBeLessThan(HIGH);
      }),
      { numRuns: 3000, seed: 9 },
    );
  });
});

describe('finding 5: confidence is earned', () => {
  it('an answer a hard rule forced against the scores is no more than even odds', () => {
    const a = assess({
      ...THOROUGH,
      mainGaps: ['format', 'style'],
      qualityPct: 40,
      monthlyCalls: 2_000_000,
      consistency: 'strict',
    });
    expect(a.approach).toBe('prompt');
    expect(a.scores.fine_tune).toBeGreaterThan(a.scores.prompt);
    expect(a.confidence).toBeLessThanOrEqual(0.5);
  });

  it('high confidence is rare over generated profiles (under 1 in 10)', () => {
    const sample = fc.sample(profileArb, { numRuns: 5000, seed: 5 });
    const high = sample.filter((p) => assess(p).confidence >= HIGH).length;
    expect(high / sample.length).toBeLessThan(0.1);
  });
});
