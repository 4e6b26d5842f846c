import { z } from 'zod';
import type { Catalogue, TokenPrices } from './catalogue.js';
import { GPU_HOURS_PER_MONTH, type Selection, select } from './cost-paths.js';
import { formatCount as count, formatPrice as price, usd } from './format.js';
import type { TaskProfile } from './profile.js';

const PathId = z.enum([
  'prompt_large',
  'prompt_small',
  'tune_small',
  'prompt_self_hosted',
  'tune_self_hosted',
]);
export type PathId = z.infer<typeof PathId>;

const Path = z.object({
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

const M = 1e-6;
const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

interface Shape {
  S: number;
  S2: number;
  U: number;
  O: number;
  h: number;
}

const promptedCall = (x: TokenPrices, s: Shape) =>
  (s.S * ((1 - s.h) * x.input + s.h * x.cachedInput) + s.U * x.input + s.O * x.output) * M;
const tunedCall = (x: TokenPrices, s: Shape) => ((s.S2 + s.U) * x.input + s.O * x.output) * M;
// The parts of a line fixed by the catalogue and output length are written once and reused.
const memo = new WeakMap<object, Map<string, string>>();
function once(owner: object, key: string, make: () => string): string {
  let lines = memo.get(owner);
  if (!lines) {
    lines = new Map();
    memo.set(owner, lines);
  }
  let line = lines.get(key);
  if (line === undefined) {
    line = make();
    lines.set(key, line);
  }
  return line;
}

const promptedLine = (x: TokenPrices, s: Shape) =>
  `(${count(s.S)} fixed x ${once(x, `p${s.O}`, () => `(${1 - s.h} x ${price(x.input)} + ${s.h} x ${price(x.cachedInput)} cached) + ${count(s.U)} input x ${price(x.input)} + ${count(s.O)} output x ${price(x.output)}) / 1M`)}`;
const tunedLine = (x: TokenPrices, s: Shape) =>
  `((${count(s.S2)} fixed${once(x, `t${s.O}`, () => ` + ${count(s.U)} input) x ${price(x.input)} + ${count(s.O)} output x ${price(x.output)}) / 1M`)}`;

/** What training costs once: grows with the labeled examples. */
function trainingLine(c: Catalogue, examples: number, rate: string, K: number): string {
  const a = c.assumptions;
  const tail = once(
    a,
    rate,
    () =>
      `x ${count(a.tokensPerExample)} tokens x ${a.epochs} epochs at ${rate} + ${usd(a.labourUsd)} labour`,
  );
  return `one-time = ${a.trainingRuns} runs x ${count(examples)} examples ${tail} = ${usd(K)}`;
}

interface Sides {
  prompt: Path;
  others: Path[];
  tune: Path;
  /** Monthly cost of the tuned path before training is amortised. */
  tunedRunning: (calls: number) => number;
  promptMonthly: (calls: number) => number;
  fixed: number;
  lines: string[];
}

function path(
  id: PathId,
  s: Selection,
  o: Selection['large'] | Selection['hosted'] | Selection['selfHosted'],
  v: { perCall: number; monthly: number; oneTime: number; available: boolean },
): Path {
  return {
    id,
    option: o.id,
    provider: o.provider,
    model: o.model,
    perCallUsd: round(v.perCall, 8),
    monthlyUsd: round(v.monthly, 2),
    oneTimeUsd: round(v.oneTime, 2),
    available: v.available,
    pricesChecked: o.checked,
    source: s.sourceOf.get(o) ?? '',
  };
}

function hostedSides(p: TaskProfile, c: Catalogue, s: Selection, shape: Shape): Sides {
  const { large, hosted } = s;
  const calls = p.monthlyCalls ?? 0;
  const examples = p.labeledExamples;
  const a = c.assumptions;
  const K =
    a.trainingRuns * examples * a.tokensPerExample * a.epochs * hosted.trainingPerMillion * M +
    a.labourUsd;
  const A = s.lifetime.hosted;
  const cLarge = promptedCall(large.prices, shape);
  const cSmall = promptedCall(hosted.base, shape);
  const cTuned = tunedCall(hosted.tuned, shape);
  const H = hosted.hostingPerMonth;
  const fixed = H + K / A;
  const largePath = path('prompt_large', s, large, {
    perCall: cLarge,
    monthly: calls * cLarge,
    oneTime: 0,
    available: true,
  });
  const smallPath = path('prompt_small', s, hosted, {
    perCall: cSmall,
    monthly: calls * cSmall,
    oneTime: 0,
    available: true,
  });
  const tune = path('tune_small', s, hosted, {
    perCall: cTuned,
    monthly: calls * cTuned + fixed,
    oneTime: K,
    available: s.hostedAvailable,
  });
  const [prompt, other] = cSmall < cLarge ? [smallPath, largePath] : [largePath, smallPath];
  const cPrompt = Math.min(cLarge, cSmall);
  return {
    prompt,
    others: [other],
    tune,
    tunedRunning: (n) => n * cTuned + H,
    promptMonthly: (n) => n * cPrompt,
    fixed: K / A,
    lines: [
      `prompt ${large.model} per call = ${promptedLine(large.prices, shape)} = ${price(round(cLarge, 8))}`,
      `prompt ${hosted.model} per call = ${promptedLine(hosted.base, shape)} = ${price(round(cSmall, 8))}`,
      `tuned ${hosted.model} per call = ${tunedLine(hosted.tuned, shape)} = ${price(round(cTuned, 8))}`,
      trainingLine(
        c,
        examples,
        once(hosted, 'rate', () => `${price(hosted.trainingPerMillion)} per 1M tokens`),
        K,
      ),
      `tuned monthly = calls x per call + ${usd(H)} hosting + one-time / ${A} months`,
    ],
  };
}

function selfHostedSides(p: TaskProfile, c: Catalogue, s: Selection, shape: Shape): Sides {
  const o = s.selfHosted;
  const calls = p.monthlyCalls ?? 0;
  const a = c.assumptions;
  const perToken = o.gpuHourly / (o.tokensPerSecond * 3600 * o.utilisation);
  const floor = o.gpuHourly * GPU_HOURS_PER_MONTH;
  const trainingHours =
    (a.trainingRuns * p.labeledExamples * a.tokensPerExample * a.epochs) /
    o.trainingTokensPerSecond /
    3600;
  const K = trainingHours * o.gpuHourly + a.labourUsd;
  const A = s.lifetime.selfHosted;
  const cPrompt = (shape.S + shape.U + shape.O) * perToken;
  const cTuned = (shape.S2 + shape.U + shape.O) * perToken;
  const monthly = (perCall: number) => (n: number) => Math.max(floor, n * perCall);
  const promptMonthly = monthly(cPrompt);
  const tunedRunning = monthly(cTuned);
  const prompt = path('prompt_self_hosted', s, o, {
    perCall: cPrompt,
    monthly: promptMonthly(calls),
    oneTime: 0,
    available: s.selfHostedAvailable,
  });
  const tune = path('tune_self_hosted', s, o, {
    perCall: cTuned,
    monthly: tunedRunning(calls) + K / A,
    oneTime: K,
    available: s.selfHostedAvailable,
  });
  return {
    prompt,
    others: [],
    tune,
    tunedRunning,
    promptMonthly,
    fixed: K / A,
    lines: [
      once(
        o,
        'token',
        () =>
          `self-hosted token = ${price(o.gpuHourly)}/GPU-hour / (${count(o.tokensPerSecond)} tokens/s x 3,600 x ${o.utilisation} busy) = ${price(round(perToken * 1e6, 4))} per 1M tokens; at least one GPU-month = ${usd(floor)}`,
      ),
      `prompted per call = (${count(shape.S)} fixed + ${count(shape.U)} input + ${count(shape.O)} output) tokens = ${price(round(cPrompt, 8))}`,
      `tuned per call = (${count(shape.S2)} fixed + ${count(shape.U)} input + ${count(shape.O)} output) tokens = ${price(round(cTuned, 8))}`,
      trainingLine(
        c,
        p.labeledExamples,
        `${round(trainingHours, 2)} GPU-hours x ${price(o.gpuHourly)}`,
        K,
      ),
      `tuned monthly = the larger of one GPU-month and calls x per call, + one-time / ${A} months`,
    ],
  };
}

/** Calls a month at which tuning's running saving covers its amortised training. */
function breakEven(d: Sides, perCallSaving: number): number | 'never' {
  if (perCallSaving <= 0) return 'never';
  let lo = 0;
  let hi = 1;
  const covered = (n: number) => d.promptMonthly(n) - d.tunedRunning(n) >= d.fixed;
  while (!covered(hi)) hi *= 2;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (covered(mid)) hi = mid;
    else lo = mid;
  }
  return covered(lo) ? lo : hi;
}

/** The cost of each path at the profile's volume, on the catalogue's prices for `asOf`. */
export function estimateCost(
  p: TaskProfile,
  catalogue: Catalogue,
  asOf: string,
): CostEstimate | null {
  if (p.monthlyCalls === null) return null;
  const a = catalogue.assumptions;
  const s = select(catalogue, asOf);
  const shape: Shape = {
    S: p.staticPromptTokens,
    S2: Math.min(a.tunedPromptTokens, p.staticPromptTokens),
    U: a.inputTokensPerCall,
    O: p.outputTokens ?? a.outputTokensByTaskType[p.taskType] ?? 0,
    h: a.cacheHitRate,
  };
  const onPrem = p.dataSensitivity === 'on_prem_only';
  const d = onPrem ? selfHostedSides(p, catalogue, s, shape) : hostedSides(p, catalogue, s, shape);
  const calls = p.monthlyCalls;
  const lifetime = onPrem ? s.lifetime.selfHosted : s.lifetime.hosted;
  const running = d.promptMonthly(calls) - d.tunedRunning(calls);
  const payback = running > 0 ? round(d.tune.oneTimeUsd / running, 1) : null;
  const cheaper =
    d.tune.available && payback !== null && payback <= lifetime / 2 ? 'fine_tune' : 'prompt';
  const be = breakEven(d, d.prompt.perCallUsd - d.tune.perCallUsd);
  const summary = (x: Path) => ({
    model: `${x.provider} ${x.model}`,
    date: x.pricesChecked,
    source: x.source,
  });
  return {
    priceTable: { name: catalogue.name, prompted: summary(d.prompt), tuned: summary(d.tune) },
    monthlyCalls: calls,
    perCallUsd: { prompt: d.prompt.perCallUsd, fineTune: d.tune.perCallUsd },
    monthlyUsd: { prompt: d.prompt.monthlyUsd, fineTune: d.tune.monthlyUsd },
    oneTimeUsd: d.tune.oneTimeUsd,
    breakEvenCallsPerMonth: be,
    paybackMonths: payback,
    cheaper,
    arithmetic: [
      ...d.lines,
      `tuned model lifetime = ${lifetime} months (${a.amortisationMonths} assumed, capped by the base model's retirement)`,
      be === 'never'
        ? 'break-even: never (a tuned call costs no less than the cheapest prompted call)'
        : `break-even = ${count(be)} calls/month`,
      payback === null
        ? 'payback: never at this volume'
        : `payback = ${usd(d.tune.oneTimeUsd)} / ${usd(round(running, 2))} saved a month = ${payback} months; tuning counts as cheaper only within half the lifetime (${round(lifetime / 2, 1)} months)${d.tune.available ? '' : `, and ${d.tune.provider} does not sell it to new customers on ${asOf}`}`,
    ],
    asOf,
    catalogueChecked: catalogue.checked,
    paths: [d.prompt, ...d.others, d.tune].sort(
      (x, y) => ORDER.indexOf(x.id) - ORDER.indexOf(y.id),
    ),
    cheaperPath: cheaper === 'fine_tune' ? d.tune.id : d.prompt.id,
    promptPath: d.prompt.id,
    tunePath: d.tune.id,
    tuningLifetimeMonths: lifetime,
    outputTokensPerCall: shape.O,
  };
}

const ORDER = PathId.options;
