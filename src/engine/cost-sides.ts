import type { Catalogue } from './catalogue.js';
import {
  M,
  promptedCall,
  promptedLine,
  round,
  type Shape,
  trainingLine,
  tunedCall,
  tunedLine,
} from './cost-lines.js';
import { GPU_HOURS_PER_MONTH, type Selection } from './cost-paths.js';
import type { Path, PathId } from './cost-schema.js';
import { formatCount as count, formatPrice as price, usd } from './format.js';
import { once } from './once.js';
import type { TaskProfile } from './profile.js';

export interface Sides {
  prompt: Path;
  /** Every path, in the order of PathId. */
  paths: Path[];
  tune: Path;
  /** Where the break-even lies, give or take a call (exact where the costs are linear). */
  guess: number;
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

export function hostedSides(p: TaskProfile, c: Catalogue, s: Selection, shape: Shape): Sides {
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
  const cPrompt = Math.min(cLarge, cSmall);
  return {
    prompt: cSmall < cLarge ? smallPath : largePath,
    paths: [largePath, smallPath, tune],
    tune,
    guess: (H + K / A) / (cPrompt - cTuned),
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
        once(hosted, 'rate', 0, () => `${price(hosted.trainingPerMillion)} per 1M tokens`),
        K,
      ),
      `tuned monthly = calls x per call + ${usd(H)} hosting + one-time / ${A} months`,
    ],
  };
}

export function selfHostedSides(p: TaskProfile, c: Catalogue, s: Selection, shape: Shape): Sides {
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
  // Costs are flat at one GPU-month, then linear: solve on the stretch where the saving starts.
  const target = K / A;
  const early = (target + floor) / cPrompt;
  return {
    prompt,
    paths: [prompt, tune],
    tune,
    guess: early <= floor / cTuned ? early : target / (cPrompt - cTuned),
    tunedRunning,
    promptMonthly,
    fixed: K / A,
    lines: [
      once(
        o,
        'token',
        0,
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
export function breakEven(d: Sides, perCallSaving: number): number | 'never' {
  if (perCallSaving <= 0) return 'never';
  const covered = (n: number) => d.promptMonthly(n) - d.tunedRunning(n) >= d.fixed;
  let n = Math.max(0, Math.ceil(d.guess));
  while (!covered(n)) n++;
  while (n > 0 && covered(n - 1)) n--;
  return n;
}
