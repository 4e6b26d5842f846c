import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assess,
  costSentence,
  describeConfidence,
  NO_COST_ESTIMATE,
} from '../../src/engine/index.js';
import { NEUTRAL, profileArb, READY_TO_TUNE } from '../support/profiles.js';

const ASOF = { asOf: '2026-12-02' };

describe('the cost in one sentence', () => {
  it('says what prompting costs at the volume given, and where tuning starts to pay', () => {
    expect(costSentence(assess(READY_TO_TUNE, ASOF).cost)).toBe(
      'Prompting costs about $1,460 a month at your 2M calls; tuning pays off only above about 2.2M calls a month.',
    );
  });

  it('says what tuning saves when it is the cheaper path', () => {
    const tuned = assess({ ...READY_TO_TUNE, monthlyCalls: 40_000_000 }, ASOF).cost;
    expect(tuned?.cheaper).toBe('fine_tune');
    expect(costSentence(tuned)).toMatch(
      /^A tuned model costs about \$[\d,]+ a month at your 40M calls, against \$[\d,]+ prompting and pays back its setup in (under a month|about a month|about \d+ months)\.$/,
    );
  });

  it('is a plain phrase when no volume was given', () => {
    expect(costSentence(assess(NEUTRAL, ASOF).cost)).toBe(NO_COST_ESTIMATE);
  });

  it('never gives a month count with decimals or a plural of one, at any volume', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const text = costSentence(assess(p, ASOF).cost);
        expect(text).not.toMatch(/\d\.\d+ months|\b1 months|calls\/month|NaN|undefined/);
        expect(text.endsWith('.')).toBe(true);
      }),
      { numRuns: 500, seed: 11 },
    );
  });
});

describe('how sure, in words', () => {
  it('says high, and why, for a clear case', () => {
    expect(describeConfidence(assess(READY_TO_TUNE, ASOF))).toBe(
      'High confidence: the answers point clearly this way.',
    );
  });

  it('says what would firm it up when questions were left empty or quality is unmeasured', () => {
    const a = assess(
      {
        task: 'Summarise calls',
        promptingMaturity: 'none',
        evals: 'none',
        labeledExamples: 99_984,
        consistency: 'low',
        requestVariation: 'high',
        staticPromptTokens: 8350,
        safetyCritical: true,
      },
      ASOF,
    );
    expect(a.confidenceBasis).toContain('capped');
    const words = describeConfidence(a);
    expect(words).toContain(`answer the ${a.defaultsAssumed.length} questions left empty`);
    expect(words).toContain('measure quality on a test set');
  });

  it('does not call a rule-decided first step a close call', () => {
    // A thorough prompt never measured: measure first, whatever the scores favour.
    const a = assess(
      { ...READY_TO_TUNE, qualityPct: null, evals: 'none', safetyCritical: true },
      ASOF,
    );
    expect(a.confidenceBasis).toContain('hard rule');
    expect(describeConfidence(a)).toContain('a firm rule puts this first, whatever the scores');
  });

  it('reads an assessment stored before the basis existed', () => {
    expect(describeConfidence({ confidence: 0.91, defaultsAssumed: [] })).toBe('High confidence.');
  });
});
