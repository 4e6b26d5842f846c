import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Assessment, assess, TaskProfile } from '../../src/engine/index.js';
import { profileArb } from '../support/profiles.js';

/** Every string of an assessment that a person reads. */
function readerText(a: Assessment): string[] {
  return [
    a.confidenceBasis,
    ...a.reasons.flatMap((r) => [r.text, r.source]),
    ...a.warnings.flatMap((w) => [w.text, w.source]),
    ...a.nextSteps,
    ...a.nextStepSources,
    ...a.evaluation.metrics,
    ...(a.cost ? [...a.cost.arithmetic, ...a.cost.paths.map((p) => p.source)] : []),
  ];
}

const FIELD_NAMES = [
  ...Object.keys(TaskProfile.shape),
  'nextSteps',
  'defaultsAssumed',
  'engineVersion',
  'monthlyUsd',
  'perCallUsd',
  'cachedInput',
  'trainingPerMillion',
];
const CAMEL = /\b[a-z]+[A-Z][A-Za-z]*\b/g;
const PRODUCT_NAMES = new Set(['vLLM']);

describe('what a reader sees', () => {
  it('never shows a field name, a camelCase word or a seed file name', () => {
    const fieldName = new RegExp(FIELD_NAMES.filter((n) => /[A-Z]/.test(n)).join('|'));
    fc.assert(
      fc.property(profileArb, (p) => {
        const bad = readerText(assess(p)).filter(
          (text) =>
            fieldName.test(text) ||
            (text.match(CAMEL) ?? []).some((w) => !PRODUCT_NAMES.has(w)) ||
            /seed \d{3}_|\.txt\b/.test(text),
        );
        expect(bad).toEqual([]);
      }),
      { numRuns: 3000, seed: 3 },
    );
  });

  it('gives every reason, warning and next step a source with a title and a date', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const a = assess(p);
        expect(a.nextStepSources).toHaveLength(a.nextSteps.length);
        const sources = [
          ...a.reasons.filter((r) => r.rule !== 'defaults_assumed').map((r) => r.source),
          ...a.warnings.map((w) => w.source),
          ...a.nextStepSources,
        ];
        for (const s of sources)
          expect(s).toMatch(
            /\((?:[^)]*, )?(?:n\.d\.|\d{4}-\d{2}-\d{2})\)|checked \d{4}-\d{2}-\d{2}/,
          );
      }),
      { numRuns: 2000, seed: 4 },
    );
  });
});
