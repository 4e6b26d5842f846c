import { z } from 'zod';

export const TASK_TYPES = [
  'classification',
  'extraction',
  'generation',
  'transformation',
  'qa',
  'conversation',
  'code',
  'other',
] as const;
export const GAPS = [
  'format',
  'style',
  'edge_cases',
  'knowledge',
  'reasoning',
  'cost',
  'latency',
] as const;
export const KNOWLEDGE_CHANGE = ['static', 'quarterly', 'monthly', 'weekly'] as const;
export const PROMPTING_MATURITY = ['none', 'basic', 'few_shot'] as const;
export const EVALS = ['none', 'manual', 'automated'] as const;
export const CONSISTENCY = ['low', 'moderate', 'strict'] as const;
export const REQUEST_VARIATION = ['low', 'medium', 'high'] as const;
export const DATA_SENSITIVITY = ['public', 'internal', 'regulated', 'on_prem_only'] as const;
export const ML_CAPACITY = ['none', 'some', 'dedicated'] as const;

const count = z.number().int().min(0);

/**
 * The task profile. Every field but `task` may be omitted; the default stated with each
 * field is then assumed, and the assessment says which ones were.
 */
export const TaskProfile = z.strictObject({
  task: z.string().trim().min(1).max(3000).describe('What the model must do'),
  taskType: z.enum(TASK_TYPES).default('other').describe('default: other'),
  mainGaps: z.array(z.enum(GAPS)).default([]).describe('What fails today; default: none named'),
  knowledgeChange: z.enum(KNOWLEDGE_CHANGE).default('static').describe('default: static'),
  promptingMaturity: z.enum(PROMPTING_MATURITY).default('basic').describe('default: basic'),
  qualityPct: z
    .number()
    .min(0)
    .max(100)
    .nullable()
    .default(null)
    .describe('default: null (not measured)'),
  evals: z.enum(EVALS).default('none').describe('default: none'),
  labeledExamples: count.default(0).describe('default: 0'),
  consistency: z.enum(CONSISTENCY).default('moderate').describe('default: moderate'),
  requestVariation: z.enum(REQUEST_VARIATION).default('medium').describe('default: medium'),
  staticPromptTokens: count.default(1000).describe('default: 1000'),
  outputTokens: count
    .nullable()
    .default(null)
    .describe('default: null (typical for the task type)'),
  monthlyCalls: count
    .nullable()
    .default(null)
    .describe('default: null (unknown: no cost estimate)'),
  latencyTargetMs: z
    .number()
    .int()
    .positive()
    .nullable()
    .default(null)
    .describe('default: null (no target)'),
  dataSensitivity: z.enum(DATA_SENSITIVITY).default('internal').describe('default: internal'),
  mlCapacity: z.enum(ML_CAPACITY).default('some').describe('default: some'),
  safetyCritical: z.boolean().default(false).describe('default: false'),
});

export type TaskProfile = z.output<typeof TaskProfile>;
export type TaskProfileInput = z.input<typeof TaskProfile>;
export type ProfileField = keyof TaskProfile;

/** Output length has a derived default (the task type's typical length), so it is not counted. */
export const OPTIONAL_FIELDS = Object.keys(TaskProfile.shape).filter(
  (k) => k !== 'task' && k !== 'outputTokens',
) as ProfileField[];

/** The fields of `input` that were absent and so took their default. */
export function defaultedFields(input: Record<string, unknown>): ProfileField[] {
  const defaulted: ProfileField[] = [];
  for (const field of OPTIONAL_FIELDS) if (input[field] === undefined) defaulted.push(field);
  return defaulted;
}
