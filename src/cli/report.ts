import {
  type Assessment,
  describeApproach,
  formatCount,
  PATH_LABELS as PATH_NAMES,
  usd,
} from '../engine/index.js';

const pct = (n: number) => `${Math.round(n * 100)}%`;

/** The assessment as a plain-text report for a terminal. */
export function formatReport(a: Assessment): string {
  const reasons = (side: 'for' | 'against') =>
    a.reasons.filter((r) => r.side === side).map((r) => `  - ${r.text}\n      [${r.source}]`);
  const lines = [
    `Recommendation: ${describeApproach(a.approach, a.components)} (confidence ${pct(a.confidence)}, as of ${a.asOf})`,
    `  ${a.confidenceBasis}`,
    `Scores: ${Object.entries(a.scores)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
    '',
    'For',
    ...reasons('for'),
    '',
    'Against, or for another approach',
    ...reasons('against'),
  ];
  if (a.warnings.length > 0) {
    lines.push('', 'Warnings', ...a.warnings.map((w) => `  ! ${w.text}\n      [${w.source}]`));
  }
  lines.push(
    '',
    'Next steps',
    ...a.nextSteps.map((s, i) => `  ${i + 1}. ${s}\n      [${a.nextStepSources[i]}]`),
  );
  lines.push('', `Evaluation: ${a.evaluation.periodDays} days, watching`);
  lines.push(...a.evaluation.metrics.map((m) => `  - ${m}`));
  lines.push('', ...costLines(a));
  lines.push('', `Engine ${a.engineVersion}`);
  return `${lines.join('\n')}\n`;
}

function costLines(a: Assessment): string[] {
  const c = a.cost;
  if (c === null) return ['Cost: not estimated (calls per month unknown)'];
  const breakEven =
    c.breakEvenCallsPerMonth === 'never'
      ? 'never'
      : `${formatCount(c.breakEvenCallsPerMonth)} calls/month`;
  return [
    `Cost at ${formatCount(c.monthlyCalls)} calls/month (${c.priceTable.name}, checked ${c.catalogueChecked})`,
    ...c.paths.map(
      (x) =>
        `  ${PATH_NAMES[x.id] ?? x.id}: ${x.provider} ${x.model}, ${usd(x.monthlyUsd)}/month${x.oneTimeUsd ? ` incl. one-time ${usd(x.oneTimeUsd)} amortised` : ''}${x.available ? '' : ' (not on sale to new customers on this date)'}\n      [prices checked ${x.pricesChecked}: ${x.source}]`,
    ),
    `  cheaper: ${PATH_NAMES[c.cheaperPath] ?? c.cheaperPath}; break-even: ${breakEven}; payback: ${c.paybackMonths === null ? 'never' : `${c.paybackMonths} months`}`,
    ...c.arithmetic.map((line) => `    ${line}`),
  ];
}
