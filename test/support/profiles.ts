import fc from 'fast-check';
import type { Facts } from '../../src/engine/facts.js';
import {
  CONSISTENCY,
  DATA_SENSITIVITY,
  EVALS,
  GAPS,
  KNOWLEDGE_CHANGE,
  ML_CAPACITY,
  PROMPTING_MATURITY,
  REQUEST_VARIATION,
  TASK_TYPES,
  type TaskProfileInput,
} from '../../src/engine/profile.js';

/** A profile where tuning is well supported; tests change one thing at a time. */
export const READY_TO_TUNE: TaskProfileInput = {
  task: 'Extract fields from invoices into our JSON schema',
  taskType: 'extraction',
  mainGaps: ['format'],
  knowledgeChange: 'static',
  promptingMaturity: 'few_shot',
  qualityPct: 85,
  evals: 'automated',
  labeledExamples: 600,
  consistency: 'strict',
  requestVariation: 'low',
  staticPromptTokens: 3000,
  monthlyCalls: 2_000_000,
  latencyTargetMs: null,
  dataSensitivity: 'internal',
  mlCapacity: 'dedicated',
  safetyCritical: false,
};

/** A seed scenario: support tickets at low volume with a basic prompt (advice: the prompt). */
export const SUPPORT_TICKETS: TaskProfileInput = {
  task: 'Classify incoming support tickets by product area and urgency',
  taskType: 'classification',
  mainGaps: ['edge_cases'],
  promptingMaturity: 'basic',
  evals: 'manual',
  labeledExamples: 2000,
  monthlyCalls: 40_000,
};

/** Every answer given, with nothing that favours any path. */
export const NEUTRAL: TaskProfileInput = {
  task: 'Summarise meeting notes',
  taskType: 'generation',
  mainGaps: [],
  knowledgeChange: 'static',
  promptingMaturity: 'few_shot',
  qualityPct: 60,
  evals: 'manual',
  labeledExamples: 60,
  consistency: 'moderate',
  requestVariation: 'medium',
  staticPromptTokens: 500,
  monthlyCalls: null,
  latencyTargetMs: null,
  dataSensitivity: 'internal',
  mlCapacity: 'some',
  safetyCritical: false,
};

export const profileArb: fc.Arbitrary<TaskProfileInput> = fc.record(
  {
    task: fc.string({ minLength: 1, maxLength: 80 }).filter((s) => s.trim().length > 0),
    taskType: fc.constantFrom(...TASK_TYPES),
    mainGaps: fc.subarray([...GAPS]),
    knowledgeChange: fc.constantFrom(...KNOWLEDGE_CHANGE),
    promptingMaturity: fc.constantFrom(...PROMPTING_MATURITY),
    qualityPct: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
    evals: fc.constantFrom(...EVALS),
    labeledExamples: fc.integer({ min: 0, max: 100_000 }),
    consistency: fc.constantFrom(...CONSISTENCY),
    requestVariation: fc.constantFrom(...REQUEST_VARIATION),
    staticPromptTokens: fc.integer({ min: 0, max: 50_000 }),
    monthlyCalls: fc.option(fc.integer({ min: 0, max: 100_000_000 }), { nil: null }),
    latencyTargetMs: fc.option(fc.integer({ min: 1, max: 60_000 }), { nil: null }),
    dataSensitivity: fc.constantFrom(...DATA_SENSITIVITY),
    mlCapacity: fc.constantFrom(...ML_CAPACITY),
    safetyCritical: fc.boolean(),
  },
  { requiredKeys: ['task'] },
);

/** Facts under which no hard rule forbids tuning; tests change one at a time. */
export const TUNING_ALLOWED: Facts = {
  thorough: true,
  knowledgeGap: false,
  cannotFix: null,
  cost: null,
  tuningAvailable: true,
};
