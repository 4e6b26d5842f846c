import { z } from 'zod';
import { formatCount, formatPrice as price } from './format.js';
import type { PriceTable } from './prices.js';

export const CostEstimate = z.object({
  priceTable: z.object({
    name: z.string(),
    prompted: z.object({ model: z.string(), date: z.string(), source: z.string() }),
    tuned: z.object({ model: z.string(), date: z.string(), source: z.string() }),
  }),
  monthlyCalls: z.number().int().min(0),
  perCallUsd: z.object({ prompt: z.number(), fineTune: z.number() }),
  monthlyUsd: z.object({ prompt: z.number(), fineTune: z.number() }),
  oneTimeUsd: z.number(),
  breakEvenCallsPerMonth: z.union([z.number().int().min(0), z.literal('never')]),
  paybackMonths: z.number().nullable(),
  cheaper: z.enum(['prompt', 'fine_tune']),
  arithmetic: z.array(z.string()),
});
export type CostEstimate = z.infer<typeof CostEstimate>;

const PER_TOKEN = 1e-6;
const round = (n: number, digits: number) => {
  const scale = 10 ** digits;
  return Math.round(n * scale) / scale;
};

interface TableTerms {
  summary: CostEstimate['priceTable'];
  oneTime: number;
  fixedMonthly: number;
  lines: { prompted: string; tuned: string; oneTime: string; fixed: string };
}

// A price table is fixed for a run, so its own terms are worked out once per table.
const termsCache = new WeakMap<PriceTable, TableTerms>();

function tableTerms(table: PriceTable): TableTerms {
  const cached = termsCache.get(table);
  if (cached) return cached;
  const { prompted: p, tuned: t, assumptions: a } = table;
  const h = a.cacheHitRate;
  const trainingTokens = a.trainingExamples * a.tokensPerExample;
  const K = a.trainingRuns * trainingTokens * a.epochs * t.training * PER_TOKEN + a.labourUsd;
  const fixed = t.hostingPerMonth + K / a.amortisationMonths;
  const terms: TableTerms = {
    // Shared by every estimate made with this table, so frozen against edits.
    summary: Object.freeze({
      name: table.name,
      prompted: Object.freeze({ model: p.model, date: p.date, source: p.source }),
      tuned: Object.freeze({ model: t.model, date: t.date, source: t.source }),
    }),
    oneTime: K,
    fixedMonthly: fixed,
    lines: {
      prompted: ` static tokens x (${1 - h} x ${price(p.input)} + ${h} x ${price(p.cachedInput)} cached) + ${a.inputTokensPerCall} input x ${price(p.input)} + ${a.outputTokensPerCall} output x ${price(p.output)}) / 1M = `,
      tuned: ` prompt + ${a.inputTokensPerCall} input) x ${price(t.input)} + ${a.outputTokensPerCall} output x ${price(t.output)}) / 1M = `,
      oneTime: `one-time = ${a.trainingRuns} runs x ${formatCount(trainingTokens)} tokens x ${a.epochs} epochs x ${price(t.training)} / 1M + ${price(a.labourUsd)} labour = ${price(round(K, 2))}`,
      fixed: `monthly fixed = ${price(t.hostingPerMonth)} hosting + one-time / ${a.amortisationMonths} months = ${price(round(fixed, 2))}`,
    },
  };
  termsCache.set(table, terms);
  return terms;
}

/** The cost crossover between prompting the large model and a tuned smaller one. */
export function costCrossover(
  staticPromptTokens: number,
  monthlyCalls: number,
  table: PriceTable,
): CostEstimate {
  const { prompted: p, tuned: t, assumptions: a } = table;
  const terms = tableTerms(table);
  const S = staticPromptTokens;
  const S2 = Math.min(a.tunedPromptTokens, S);
  const U = a.inputTokensPerCall;
  const O = a.outputTokensPerCall;
  const h = a.cacheHitRate;
  const cPrompt =
    (S * ((1 - h) * p.input + h * p.cachedInput) + U * p.input + O * p.output) * PER_TOKEN;
  const cTuned = ((S2 + U) * t.input + O * t.output) * PER_TOKEN;
  const K = terms.oneTime;
  const H = t.hostingPerMonth;
  const fixed = terms.fixedMonthly;
  const saving = cPrompt - cTuned;
  const breakEven = saving > 0 ? Math.ceil(fixed / saving) : 'never';
  const monthlySaving = monthlyCalls * saving - H;
  const payback = monthlySaving > 0 ? round(K / monthlySaving, 1) : null;
  const monthlyPrompt = monthlyCalls * cPrompt;
  const monthlyTuned = monthlyCalls * cTuned + fixed;
  return {
    priceTable: terms.summary,
    monthlyCalls,
    perCallUsd: { prompt: round(cPrompt, 8), fineTune: round(cTuned, 8) },
    monthlyUsd: { prompt: round(monthlyPrompt, 2), fineTune: round(monthlyTuned, 2) },
    oneTimeUsd: round(K, 2),
    breakEvenCallsPerMonth: breakEven,
    paybackMonths: payback,
    cheaper: monthlyTuned < monthlyPrompt ? 'fine_tune' : 'prompt',
    arithmetic: [
      `prompted per call = (${S}${terms.lines.prompted}${price(round(cPrompt, 8))}`,
      `tuned per call = ((${S2}${terms.lines.tuned}${price(round(cTuned, 8))}`,
      terms.lines.oneTime,
      terms.lines.fixed,
      breakEven === 'never'
        ? 'break-even: never (a tuned call costs no less than a prompted one)'
        : `break-even = ${price(round(fixed, 2))} / ${price(round(saving, 8))} saved per call = ${formatCount(breakEven)} calls/month`,
    ],
  };
}
