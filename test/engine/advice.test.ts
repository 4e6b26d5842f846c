import { describe, expect, it } from 'vitest';
import { assess, type TaskProfileInput } from '../../src/engine/index.js';
import { NEUTRAL, READY_TO_TUNE } from '../support/profiles.js';

const warningIds = (p: TaskProfileInput) => assess(p).warnings.map((w) => w.id);

describe('the advice the engine encodes', () => {
  it('recommends fine-tuning when everything supports it', () => {
    expect(assess(READY_TO_TUNE).approach).toBe('fine_tune');
  });

  it('answers prompt below few_shot maturity, whatever else is true', () => {
    for (const maturity of ['none', 'basic'] as const) {
      const a = assess({ ...READY_TO_TUNE, promptingMaturity: maturity });
      expect(a.approach).toBe('prompt');
      const steps = a.nextSteps.join(' ');
      for (const need of ['instructions', '5 worked', 'schema', 'checks'])
        expect(steps).toContain(need);
    }
  });

  it('sends knowledge gaps to retrieval, never to fine-tuning alone', () => {
    const gap = assess({ ...READY_TO_TUNE, mainGaps: ['format', 'knowledge'] });
    expect(gap.approach).toBe('hybrid');
    expect(gap.components).toContain('rag');
    expect(gap.warnings.map((w) => w.id)).toContain('knowledge_not_finetunable');
    const changing = assess({ ...NEUTRAL, knowledgeChange: 'weekly' });
    expect(changing.approach).toBe('rag');
  });

  it('warns knowledge_not_finetunable only where fine-tuning would otherwise have scored', () => {
    expect(warningIds({ ...NEUTRAL, mainGaps: ['knowledge'] })).not.toContain(
      'knowledge_not_finetunable',
    );
  });

  it('asks to re-examine the task under 50% after a thorough prompt, and rules out tuning', () => {
    const a = assess({ ...READY_TO_TUNE, qualityPct: 40 });
    expect(a.warnings.map((w) => w.id)).toContain('reexamine_task');
    expect(a.approach).toBe('prompt');
    expect(warningIds({ ...READY_TO_TUNE, qualityPct: 55 })).not.toContain('reexamine_task');
  });

  it('falls back to prompt with a curated-set step when under 50 examples', () => {
    const a = assess({ ...READY_TO_TUNE, labeledExamples: 20 });
    expect(a.approach).toBe('prompt');
    expect(a.warnings.map((w) => w.id)).toContain('dataset_too_small');
    expect(a.nextSteps.join(' ')).toMatch(/few hundred.*stronger model/);
    expect(warningIds({ ...READY_TO_TUNE, labeledExamples: 50 })).not.toContain(
      'dataset_too_small',
    );
  });

  it('warns no_evals when tuning is in play without evaluations', () => {
    expect(warningIds({ ...READY_TO_TUNE, evals: 'none' })).toContain('no_evals');
    expect(warningIds({ ...READY_TO_TUNE, evals: 'manual' })).not.toContain('no_evals');
  });

  it('warns safety_regression for safety-critical tuning only', () => {
    const a = assess({ ...READY_TO_TUNE, safetyCritical: true });
    expect(a.approach).toBe('fine_tune');
    expect(a.warnings.map((w) => w.id)).toContain('safety_regression');
    expect(warningIds({ ...NEUTRAL, safetyCritical: true })).not.toContain('safety_regression');
  });

  it('advises self-hosted LoRA/PEFT tuning when data must stay on premises', () => {
    const a = assess({ ...READY_TO_TUNE, dataSensitivity: 'on_prem_only' });
    expect(a.approach).toBe('fine_tune');
    expect(a.nextSteps.join(' ')).toContain('LoRA/PEFT');
    expect(a.warnings.map((w) => w.id)).not.toContain('hosted_tuning_retires');
    expect(assess(READY_TO_TUNE).nextSteps.join(' ')).not.toContain('LoRA/PEFT');
  });

  it('mentions that hosted tuned models retire when recommending hosted tuning', () => {
    expect(warningIds(READY_TO_TUNE)).toContain('hosted_tuning_retires');
  });

  it('makes strict consistency with highly varying requests a fine_tune + prompt hybrid', () => {
    const a = assess({ ...READY_TO_TUNE, requestVariation: 'high' });
    expect(a.approach).toBe('hybrid');
    expect(a.components).toEqual(['fine_tune', 'prompt']);
  });

  it('says which inputs were assumed and is less sure for them', () => {
    const sparse = assess({ task: 'Classify tickets' });
    expect(sparse.defaultsAssumed).toContain('evals');
    expect(sparse.reasons.at(-1)?.text).toMatch(/^Assumed defaults for 15 unanswered inputs/);
    expect(sparse.reasons.at(-1)?.text).toContain('How do you test outputs today? none');
  });

  it('gives an evaluation period by approach with concrete metrics', () => {
    const tune = assess(READY_TO_TUNE).evaluation;
    const prompt = assess({ ...READY_TO_TUNE, promptingMaturity: 'basic' }).evaluation;
    expect(tune.periodDays).toBeGreaterThan(prompt.periodDays);
    expect(tune.metrics).toContain('Schema-valid output rate');
  });

  it('returns cost null only when the volume is unknown', () => {
    expect(assess({ ...READY_TO_TUNE, monthlyCalls: null }).cost).toBeNull();
    expect(assess({ ...READY_TO_TUNE, monthlyCalls: 0 }).cost).not.toBeNull();
  });
});
