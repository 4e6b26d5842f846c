import { z } from 'zod';
import defaultCatalogue from './catalogue.json' with { type: 'json' };
import { TASK_TYPES } from './profile.js';

const price = z.number().min(0);
const date = z.iso.date();
const positive = z.number().positive();

const Source = z.strictObject({
  title: z.string().min(1),
  url: z.url().optional(),
  /** The date the page states, when it states one. */
  date: date.optional(),
});

const TokenPrices = z.strictObject({ input: price, cachedInput: price, output: price });
export type TokenPrices = z.infer<typeof TokenPrices>;

/** When the option can be bought: new customers from/until, and when its base model retires. */
const Availability = z.strictObject({
  newCustomersFrom: date.nullable(),
  newCustomersUntil: date.nullable(),
  retires: date.nullable(),
});

const common = {
  id: z.string().min(1),
  provider: z.string().min(1),
  model: z.string().min(1),
  /** When these figures were last checked at their sources. */
  checked: date,
  sources: z.array(Source).min(1),
  availability: Availability,
  /** Figures no public source gives, each with why the assumed value was chosen. */
  assumed: z.record(z.string(), z.string()).default({}),
  note: z.string().optional(),
};

const PromptOption = z.strictObject({ ...common, kind: z.literal('prompt'), prices: TokenPrices });
const HostedTuning = z.strictObject({
  ...common,
  kind: z.literal('hosted_tuning'),
  base: TokenPrices,
  tuned: TokenPrices,
  trainingPerMillion: price,
  hostingPerMonth: price,
});
const SelfHosted = z.strictObject({
  ...common,
  kind: z.literal('self_hosted'),
  gpuHourly: price,
  tokensPerSecond: positive,
  utilisation: z.number().gt(0).max(1),
  trainingTokensPerSecond: positive,
});
export const CatalogueOption = z.discriminatedUnion('kind', [
  PromptOption,
  HostedTuning,
  SelfHosted,
]);
export type CatalogueOption = z.infer<typeof CatalogueOption>;
const KINDS = ['prompt', 'hosted_tuning', 'self_hosted'] as const;
export type PromptOption = z.infer<typeof PromptOption>;
export type HostedTuning = z.infer<typeof HostedTuning>;
export type SelfHosted = z.infer<typeof SelfHosted>;

const count = z.number().int().min(0);
const Assumptions = z.strictObject({
  inputTokensPerCall: count,
  outputTokensByTaskType: z.record(z.enum(TASK_TYPES), count),
  cacheHitRate: z.number().min(0).max(1),
  tunedPromptTokens: count,
  tokensPerExample: z.number().int().min(1),
  epochs: z.number().int().min(1),
  trainingRuns: z.number().int().min(1),
  labourUsd: price,
  amortisationMonths: positive,
});

/**
 * The options a team would really pick, in order of preference: for each path the first
 * option available on the assessment date is used. Prices per 1M tokens, in USD.
 */
export const Catalogue = z.strictObject({
  name: z.string().min(1),
  checked: date,
  currency: z.literal('USD'),
  unit: z.literal('per 1M tokens'),
  options: z
    .array(CatalogueOption)
    .min(1)
    .refine(
      (o) => KINDS.every((kind) => o.some((x) => x.kind === kind)),
      'needs at least one option of each kind: prompt, hosted_tuning, self_hosted',
    ),
  assumptions: Assumptions,
  assumptionsWhy: z.partialRecord(Assumptions.keyof(), z.string()),
});
export type Catalogue = z.infer<typeof Catalogue>;

export const DEFAULT_CATALOGUE: Catalogue = Catalogue.parse(defaultCatalogue);

/** On sale to a new customer on `asOf` (an ISO date), and its base model not yet retired. */
export function availableOn(o: CatalogueOption, asOf: string): boolean {
  const a = o.availability;
  return (
    (a.newCustomersFrom === null || asOf >= a.newCustomersFrom) &&
    (a.newCustomersUntil === null || asOf < a.newCustomersUntil) &&
    (a.retires === null || asOf < a.retires)
  );
}

/** "Title (address, date)": how a reader finds the source again. */
export function describeSource(s: z.infer<typeof Source>): string {
  const where = [s.url, s.date].filter(Boolean).join(', ');
  return where ? `${s.title} (${where})` : s.title;
}
