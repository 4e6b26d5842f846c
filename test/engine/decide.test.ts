import { describe, expect, it } from 'vitest';
import { best, type Decision, decide, tunes } from '../../src/engine/decide.js';
import { deriveFacts, type Facts, type Scores } from '../../src/engine/facts.js';
import { TaskProfile, type TaskProfileInput } from '../../src/engine/index.js';
import { READY_TO_TUNE, TUNING_ALLOWED } from '../support/profiles.js';

const scores = (s: Partial<Scores>): Scores => ({
  prompt: 0,
  rag: 0,
  fine_tune: 0,
  hybrid: 0,
  ...s,
});
const profile = (p: Partial<TaskProfileInput> = {}) =>
  TaskProfile.parse({ ...READY_TO_TUNE, ...p });
const decideFor = (s: Partial<Scores>, f: Partial<Facts> = {}, p: Partial<TaskProfileInput> = {}) =>
  decide(profile(p), { ...TUNING_ALLOWED, ...f }, scores(s));

describe('the best-scoring approach', () => {
  it('is the highest score; a tie goes to the simpler approach', () => {
    expect(best(scores({ rag: 2, fine_tune: 3 }))).toBe('fine_tune');
    expect(best(scores({ prompt: 3, rag: 3, fine_tune: 3, hybrid: 3 }))).toBe('prompt');
    expect(best(scores({ rag: 3, hybrid: 3, fine_tune: 3 }))).toBe('rag');
    expect(best(scores({ hybrid: 3, fine_tune: 3 }))).toBe('hybrid');
    expect(best(scores({ prompt: -1, rag: -2, fine_tune: -3, hybrid: -4 }))).toBe('prompt');
  });

  it('is taken among the allowed approaches only', () => {
    expect(best(scores({ prompt: 1, rag: 2, fine_tune: 9 }), ['prompt', 'rag'])).toBe('rag');
    expect(best(scores({ prompt: 1, fine_tune: 9 }), ['prompt'])).toBe('prompt');
    expect(best(scores({ rag: 5 }), [])).toBe('prompt');
  });

  it('tunes for fine-tuning and a hybrid only', () => {
    expect(['prompt', 'rag', 'fine_tune', 'hybrid'].filter((a) => tunes(a as never))).toEqual([
      'fine_tune',
      'hybrid',
    ]);
  });
});

describe('the hard rules, in their order', () => {
  const TUNING = { prompt: 2, rag: 1, fine_tune: 8, hybrid: 3 };

  it('leave a tuning winner alone when none applies', () => {
    expect(decideFor(TUNING)).toEqual({
      approach: 'fine_tune',
      components: [],
      guard: null,
      tuningInPlay: true,
      againstScores: false,
    });
  });

  it('no thorough prompt: prompt, whatever the scores, even when tuning is not in play', () => {
    expect(decideFor(TUNING, { thorough: false })).toMatchObject({
      approach: 'prompt',
      guard: 'prompt_first',
      againstScores: true,
    });
    expect(decideFor({ rag: 5 }, { thorough: false })).toMatchObject({
      approach: 'prompt',
      guard: 'prompt_first',
      tuningInPlay: false,
    });
  });

  it('quality not measured: measure first, and the best approach that does not tune', () => {
    expect(decideFor(TUNING, {}, { qualityPct: null })).toMatchObject({
      approach: 'prompt',
      guard: 'measure_first',
    });
    // A rule that only forbids tuning leaves a non-tuning winner alone, with no guard named.
    expect(decideFor({ rag: 5, fine_tune: 1 }, {}, { qualityPct: null })).toMatchObject({
      approach: 'rag',
      guard: null,
    });
  });

  it('under 50% after a thorough prompt: re-examine, among the approaches that do not tune', () => {
    expect(decideFor(TUNING, {}, { qualityPct: 30 })).toMatchObject({
      approach: 'prompt',
      guard: 'reexamine_task',
    });
    // re-examining applies even when tuning did not win
    expect(decideFor({ rag: 5 }, {}, { qualityPct: 30 })).toMatchObject({
      approach: 'prompt',
      guard: 'reexamine_task',
    });
    expect(decideFor({ rag: 5 }, { knowledgeGap: true }, { qualityPct: 30 })).toMatchObject({
      approach: 'rag',
      guard: 'reexamine_task',
    });
  });

  it('a gap training cannot fix, too few examples, no option on sale: each forbids tuning', () => {
    expect(decideFor(TUNING, { cannotFix: 'reasoning' }).guard).toBe('cannot_fix');
    expect(decideFor(TUNING, { cannotFix: 'knowledge' }).guard).toBe('cannot_fix');
    expect(decideFor(TUNING, {}, { labeledExamples: 10 }).guard).toBe('dataset_too_small');
    expect(decideFor(TUNING, { tuningAvailable: false }).guard).toBe('tuning_unavailable');
    for (const f of [{ cannotFix: 'reasoning' as const }, { tuningAvailable: false }])
      expect(decideFor(TUNING, f)).toMatchObject({ approach: 'prompt', againstScores: true });
  });

  it('name the first rule that applies, in the documented order', () => {
    const all = { cannotFix: 'reasoning' as const, tuningAvailable: false };
    expect(decideFor(TUNING, { ...all, thorough: false }, { qualityPct: null }).guard).toBe(
      'prompt_first',
    );
    expect(decideFor(TUNING, all, { qualityPct: null, labeledExamples: 1 }).guard).toBe(
      'measure_first',
    );
    expect(decideFor(TUNING, all, { qualityPct: 10, labeledExamples: 1 }).guard).toBe(
      'reexamine_task',
    );
    expect(decideFor(TUNING, all, { labeledExamples: 1 }).guard).toBe('cannot_fix');
    expect(decideFor(TUNING, { tuningAvailable: false }, { labeledExamples: 1 }).guard).toBe(
      'dataset_too_small',
    );
  });

  it('keep retrieval open when facts are missing', () => {
    expect(
      decideFor(
        { prompt: 1, rag: 4, fine_tune: 9 },
        { knowledgeGap: true },
        { labeledExamples: 1 },
      ),
    ).toMatchObject({ approach: 'rag', guard: 'dataset_too_small' });
    expect(
      decideFor({ prompt: 1, rag: 4, fine_tune: 9 }, {}, { labeledExamples: 1 }),
    ).toMatchObject({ approach: 'prompt' });
  });

  it('apply to a hybrid as to fine-tuning', () => {
    expect(decideFor({ hybrid: 9, rag: 2 }, { tuningAvailable: false })).toMatchObject({
      approach: 'prompt',
      guard: 'tuning_unavailable',
      tuningInPlay: true,
      components: [],
    });
  });
});

describe('reshaping a tuning winner', () => {
  const TUNING = { prompt: 2, rag: 1, fine_tune: 8, hybrid: 3 };

  it('strict format with highly varying requests: fine-tune + prompt', () => {
    expect(
      decideFor(TUNING, {}, { consistency: 'strict', requestVariation: 'high' }),
    ).toMatchObject({
      approach: 'hybrid',
      components: ['fine_tune', 'prompt'],
      againstScores: true,
    });
    for (const p of [
      { consistency: 'moderate' as const, requestVariation: 'high' as const },
      { consistency: 'strict' as const, requestVariation: 'medium' as const },
    ])
      expect(decideFor(TUNING, {}, p)).toMatchObject({ approach: 'fine_tune' });
  });

  it('missing facts: fine-tune + retrieval, with the prompt too when the format must also hold', () => {
    expect(decideFor(TUNING, { knowledgeGap: true }, { requestVariation: 'low' })).toMatchObject({
      approach: 'hybrid',
      components: ['fine_tune', 'rag'],
    });
    expect(
      decideFor(
        TUNING,
        { knowledgeGap: true },
        { consistency: 'strict', requestVariation: 'high' },
      ),
    ).toMatchObject({
      approach: 'hybrid',
      components: ['fine_tune', 'prompt', 'rag'],
    });
  });

  it('only a fine-tuning winner, and not once a hard rule took tuning away', () => {
    expect(
      decideFor(
        { hybrid: 9 },
        { knowledgeGap: true },
        { consistency: 'strict', requestVariation: 'high' },
      ),
    ).toMatchObject({
      approach: 'hybrid',
      components: ['fine_tune', 'prompt', 'rag'],
    });
    expect(
      decideFor({ ...TUNING, rag: 4 }, { knowledgeGap: true, tuningAvailable: false }),
    ).toMatchObject({
      approach: 'rag',
      guard: 'tuning_unavailable',
    });
  });

  it('is forgotten whichever hard rule then takes tuning away from the hybrid', () => {
    const STRICT_VARYING = { consistency: 'strict', requestVariation: 'high' } as const;
    const blocked: [Partial<Facts>, Partial<TaskProfileInput>, Partial<Decision>][] = [
      [{ thorough: false }, STRICT_VARYING, { approach: 'prompt', guard: 'prompt_first' }],
      [{}, { ...STRICT_VARYING, qualityPct: null }, { approach: 'prompt', guard: 'measure_first' }],
      [{}, { ...STRICT_VARYING, qualityPct: 40 }, { approach: 'prompt', guard: 'reexamine_task' }],
      [
        { knowledgeGap: true, cannotFix: 'reasoning' },
        {},
        { approach: 'prompt', guard: 'cannot_fix' },
      ],
      [
        { knowledgeGap: true },
        { labeledExamples: 20 },
        { approach: 'prompt', guard: 'dataset_too_small' },
      ],
    ];
    for (const [facts, p, outcome] of blocked) {
      expect(decideFor(TUNING, facts, p)).toMatchObject({
        ...outcome,
        components: [],
      });
    }
  });
});

describe('the facts the hard rules read', () => {
  const factsOf = (p: Partial<TaskProfileInput>) => deriveFacts(profile(p), null, true);

  it('a thorough prompt is few-shot maturity only', () => {
    expect(
      ['none', 'basic', 'few_shot'].map((m) => factsOf({ promptingMaturity: m as never }).thorough),
    ).toEqual([false, false, true]);
  });

  it('facts are missing when named, or when they change monthly or weekly', () => {
    const gap = (p: Partial<TaskProfileInput>) => factsOf({ mainGaps: [], ...p }).knowledgeGap;
    expect(gap({ mainGaps: ['knowledge'] })).toBe(true);
    expect(
      ['static', 'quarterly', 'monthly', 'weekly'].map((k) => gap({ knowledgeChange: k as never })),
    ).toEqual([false, false, true, true]);
  });

  it('training cannot fix reasoning, nor missing facts alone with nothing it could fix', () => {
    const cannot = (p: Partial<TaskProfileInput>) =>
      factsOf({ consistency: 'moderate', ...p }).cannotFix;
    expect(cannot({ mainGaps: ['reasoning', 'format'] })).toBe('reasoning');
    expect(cannot({ mainGaps: ['knowledge'] })).toBe('knowledge');
    for (const g of ['format', 'style', 'edge_cases', 'cost', 'latency'] as const)
      expect(cannot({ mainGaps: ['knowledge', g] }), g).toBeNull();
    expect(cannot({ mainGaps: ['knowledge'], consistency: 'strict' })).toBeNull();
    expect(cannot({ mainGaps: ['format'] })).toBeNull();
  });

  it('carries the estimate and whether tuning is on sale as given', () => {
    expect(deriveFacts(profile(), null, false)).toMatchObject({
      cost: null,
      tuningAvailable: false,
    });
    expect(deriveFacts(profile(), null, true).tuningAvailable).toBe(true);
  });
});
