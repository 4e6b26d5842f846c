import { z } from 'zod';
import defaultTable from './prices.json' with { type: 'json' };

const price = z.number().min(0);
const dated = { model: z.string().min(1), date: z.iso.date(), source: z.string().min(1) };

/** Prices per 1M tokens, each model with the date and source of its prices. */
export const PriceTable = z.object({
  name: z.string().min(1),
  currency: z.string().min(1),
  unit: z.literal('per 1M tokens'),
  prompted: z.object({ ...dated, input: price, cachedInput: price, output: price }),
  tuned: z.object({
    ...dated,
    input: price,
    cachedInput: price,
    output: price,
    training: price,
    hostingPerMonth: price,
  }),
  assumptions: z.object({
    inputTokensPerCall: z.number().int().min(0),
    outputTokensPerCall: z.number().int().min(0),
    cacheHitRate: z.number().min(0).max(1),
    tunedPromptTokens: z.number().int().min(0),
    trainingExamples: z.number().int().min(1),
    tokensPerExample: z.number().int().min(1),
    epochs: z.number().int().min(1),
    trainingRuns: z.number().int().min(1),
    labourUsd: price,
    amortisationMonths: z.number().int().min(1),
  }),
});
export type PriceTable = z.infer<typeof PriceTable>;

export const DEFAULT_PRICES: PriceTable = PriceTable.parse(defaultTable);
