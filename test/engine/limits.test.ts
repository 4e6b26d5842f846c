import { describe, expect, it } from 'vitest';
import { decide } from '../../src/engine/decide.js';
import type { Facts, Scores } from '../../src/engine/facts.js';
import { assess, TaskProfile, type TaskProfileInput } from '../../src/engine/index.js';
import { READY_TO_TUNE, TUNING_ALLOWED } from '../support/profiles.js';

/** What the advice says about a profile, in the ids a reader can check. */
function advice(p: TaskProfileInput) {
  const a = assess(p);
  return {
    approach: a.approach,
    warnings: a.warnings.map((w) => w.id),
    reasons: a.reasons.map((r) => r.rule),
    steps: a.nextSteps.join(' '),
  };
}

/** The hard rules alone, over scores where fine-tuning leads by far. */
const TUNING_LEADS: Scores = { prompt: 1, rag: 0, fine_tune: 9, hybrid: 2 };
const guardFor = (p: TaskProfileInput, facts: Partial<Facts> = {}) =>
  decide(TaskProfile.parse(p), { ...TUNING_ALLOWED, ...facts }, TUNING_LEADS).guard;

describe('under 50 labeled examples, no tuning', () => {
  it('49: prompt, with the warning, the reason and the curated-set step', () => {
    const a = advice({ ...READY_TO_TUNE, labeledExamples: 49 });
    expect(a.approach).toBe('prompt');
    expect(a.warnings).toContain('dataset_too_small');
    expect(a.reasons).toContain('few_examples');
    expect(a.steps).toContain('Build a curated training set');
    expect(guardFor({ ...READY_TO_TUNE, labeledExamples: 49 })).toBe('dataset_too_small');
  });

  it.each([50, 51])('%i: tuning stays open, with no warning or reason about the set size', (n) => {
    const a = advice({ ...READY_TO_TUNE, labeledExamples: n });
    expect(a.approach).toBe('fine_tune');
    expect(a.warnings).not.toContain('dataset_too_small');
    expect(a.reasons).not.toContain('few_examples');
    expect(guardFor({ ...READY_TO_TUNE, labeledExamples: n })).toBeNull();
  });
});

describe('under 50% of the target after a thorough prompt, re-examine the task', () => {
  it('49%: prompt, with the warning and the reason', () => {
    const a = advice({ ...READY_TO_TUNE, qualityPct: 49 });
    expect(a.approach).toBe('prompt');
    expect(a.warnings).toContain('reexamine_task');
    expect(a.reasons).toContain('quality_far_below');
    expect(guardFor({ ...READY_TO_TUNE, qualityPct: 49 })).toBe('reexamine_task');
  });

  it.each([50, 51])('%i%: tuning stays open, with no warning or reason to re-examine', (q) => {
    const a = advice({ ...READY_TO_TUNE, qualityPct: q });
    expect(a.approach).toBe('fine_tune');
    expect(a.warnings).not.toContain('reexamine_task');
    expect(a.reasons).not.toContain('quality_far_below');
    expect(guardFor({ ...READY_TO_TUNE, qualityPct: q })).toBeNull();
  });
});
