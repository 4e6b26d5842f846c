import { z } from 'zod';

export const PathId = z.enum([
  'prompt_large',
  'prompt_small',
  'tune_small',
  'prompt_self_hosted',
  'tune_self_hosted',
]);
export type PathId = z.infer<typeof PathId>;

export const Path = z.object({
  id: PathId,
  option: z.string(),
  provider: z.string(),
  model: z.string(),
  perCallUsd: z.number(),
  monthlyUsd: z.number(),
  oneTimeUsd: z.number(),
  available: z.boolean(),
  pricesChecked: z.iso.date(),
  source: z.string(),
});
export type Path = z.infer<typeof Path>;

const Dated = z.object({ model: z.string(), date: z.string(), source: z.string() });

/**
 * The honest comparison: prompting the large model, prompting the small one, tuning the small
 * one (or, when data stays on premises, prompting and tuning a self-hosted model). The
 * summary fields compare tuning with the cheapest way to prompt.
 */
export const CostEstimate = z.object({
  priceTable: z.object({ name: z.string(), prompted: Dated, tuned: Dated }),
  monthlyCalls: z.number().int().min(0),
  perCallUsd: z.object({ prompt: z.number(), fineTune: z.number() }),
  monthlyUsd: z.object({ prompt: z.number(), fineTune: z.number() }),
  oneTimeUsd: z.number(),
  breakEvenCallsPerMonth: z.union([z.number().int().min(0), z.literal('never')]),
  paybackMonths: z.number().nullable(),
  cheaper: z.enum(['prompt', 'fine_tune']),
  arithmetic: z.array(z.string()),
  asOf: z.iso.date(),
  catalogueChecked: z.iso.date(),
  paths: z.array(Path).min(2),
  cheaperPath: PathId,
  /** The cheapest way to prompt, and the tuning path, that the summary fields compare. */
  promptPath: PathId,
  tunePath: PathId,
  tuningLifetimeMonths: z.number().positive(),
  outputTokensPerCall: z.number().int().min(0),
});
export type CostEstimate = z.infer<typeof CostEstimate>;
