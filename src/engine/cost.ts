import type { Catalogue } from './catalogue.js';
import { round, type Shape } from './cost-lines.js';
import { select } from './cost-paths.js';
import type { CostEstimate, Path } from './cost-schema.js';
import { breakEven, hostedSides, selfHostedSides } from './cost-sides.js';
import { formatCount as count, usd } from './format.js';
import type { TaskProfile } from './profile.js';

export { CostEstimate, type PathId } from './cost-schema.js';

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
    paths: d.paths,
    cheaperPath: cheaper === 'fine_tune' ? d.tune.id : d.prompt.id,
    promptPath: d.prompt.id,
    tunePath: d.tune.id,
    tuningLifetimeMonths: lifetime,
    outputTokensPerCall: shape.O,
  };
}
