import { z } from 'zod';
import { CostEstimate } from './cost.js';
import { APPROACHES } from './facts.js';

export const ENGINE_VERSION = '2.0.0';

export const WARNING_IDS = [
  'reexamine_task',
  'no_evals',
  'knowledge_not_finetunable',
  'safety_regression',
  'dataset_too_small',
  'hosted_tuning_retires',
  'self_hosting_needs_capacity',
  'quality_not_measured',
  'tuning_unavailable',
  'catalogue_stale',
] as const;

const Approach = z.enum(APPROACHES);
const score = z.number();

export const Reason = z.object({
  rule: z.string(),
  factor: z.string(),
  effect: z.partialRecord(Approach, z.number()),
  text: z.string(),
  source: z.string(),
  /** For the chosen approach, or against it (for another). */
  side: z.enum(['for', 'against']),
});
export type Reason = z.infer<typeof Reason>;

export const Warning = z.object({ id: z.enum(WARNING_IDS), text: z.string(), source: z.string() });
export type Warning = z.infer<typeof Warning>;

export const Assessment = z.object({
  approach: Approach,
  components: z.array(Approach),
  confidence: z.number().min(0).max(1),
  scores: z.object({ prompt: score, rag: score, fine_tune: score, hybrid: score }),
  reasons: z.array(Reason),
  warnings: z.array(Warning),
  nextSteps: z.array(z.string()).min(1),
  /** The source of each next step, by position. */
  nextStepSources: z.array(z.string()).min(1),
  /** How the confidence was worked out, in words a reader can check. */
  confidenceBasis: z.string(),
  evaluation: z.object({
    periodDays: z.number().int().positive(),
    metrics: z.array(z.string()).min(1),
  }),
  cost: CostEstimate.nullable(),
  defaultsAssumed: z.array(z.string()),
  /** The date the advice is for: availability, retirement and catalogue age are read on it. */
  asOf: z.iso.date(),
  engineVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
});
export type Assessment = z.infer<typeof Assessment>;
