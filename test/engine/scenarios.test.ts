import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/index.js';
import { SUPPORT_TICKETS } from '../support/profiles.js';

// The seed articles' own examples, as a team would describe them in the modal.
describe('scenarios from the seed articles', () => {
  it('support ticket classification at low volume with a basic prompt: improve the prompt', () => {
    const a = assess(SUPPORT_TICKETS);
    expect(a.approach).toBe('prompt');
    expect(a.nextSteps.join(' ')).toContain('5 worked');
  });

  it('support tickets at 10M calls with a thorough prompt at 85%: fine-tune a smaller model', () => {
    const a = assess({
      task: 'Classify incoming support tickets by product area and urgency',
      taskType: 'classification',
      mainGaps: ['cost', 'edge_cases'],
      promptingMaturity: 'few_shot',
      qualityPct: 85,
      evals: 'automated',
      labeledExamples: 5000,
      monthlyCalls: 10_000_000,
      staticPromptTokens: 2500,
    });
    expect(a.approach).toBe('fine_tune');
    expect(a.cost?.cheaper).toBe('fine_tune');
    expect(a.confidence).toBeGreaterThan(0.5);
  });

  it('brand voice with a few hundred curated samples: fine-tune for style', () => {
    const a = assess({
      task: 'Write product descriptions in our brand voice',
      taskType: 'generation',
      mainGaps: ['style'],
      promptingMaturity: 'few_shot',
      qualityPct: 80,
      evals: 'manual',
      labeledExamples: 300,
      consistency: 'strict',
      requestVariation: 'low',
    });
    expect(a.approach).toBe('fine_tune');
    expect(a.evaluation.metrics).toContain('Blind reviewer preference for the intended voice');
  });

  it('medical record extraction that may not leave the hospital: self-hosted LoRA tuning', () => {
    const a = assess({
      task: 'Extract structured fields from medical records',
      taskType: 'extraction',
      mainGaps: ['format', 'edge_cases'],
      promptingMaturity: 'few_shot',
      qualityPct: 78,
      evals: 'automated',
      labeledExamples: 800,
      consistency: 'strict',
      requestVariation: 'low',
      dataSensitivity: 'on_prem_only',
      mlCapacity: 'dedicated',
      safetyCritical: true,
    });
    expect(a.approach).toBe('fine_tune');
    expect(a.nextSteps.join(' ')).toContain('LoRA/PEFT');
    expect(a.warnings.map((w) => w.id)).toContain('safety_regression');
  });

  it('escalated support with per-case instructions and a fixed tone: tuned base, prompted variation', () => {
    const a = assess({
      task: 'Answer escalated support complaints in our support tone',
      taskType: 'conversation',
      mainGaps: ['style'],
      promptingMaturity: 'few_shot',
      qualityPct: 82,
      evals: 'manual',
      labeledExamples: 3000,
      consistency: 'strict',
      requestVariation: 'high',
    });
    expect(a.approach).toBe('hybrid');
    expect(a.components).toEqual(['fine_tune', 'prompt']);
  });

  it('questions about a product catalogue that changes weekly: retrieval', () => {
    const a = assess({
      task: 'Answer customer questions about our product catalogue',
      taskType: 'qa',
      mainGaps: ['knowledge'],
      knowledgeChange: 'weekly',
      promptingMaturity: 'few_shot',
      qualityPct: 60,
      evals: 'manual',
      labeledExamples: 200,
    });
    expect(a.approach).toBe('rag');
    expect(a.nextSteps.join(' ')).toContain(
      'Re-index as often as the facts change (weekly or faster)',
    );
  });
});
