import { type Assessment, describeApproach, formatCount, usd } from '../engine/index.js';

const pct = (n: number) => `${Math.round(n * 100)}%`;

/** The assessment as a plain-text report for a terminal. */
export function formatReport(a: Assessment): string {
  const lines = [
    `Recommendation: ${describeApproach(a.approach, a.components)} (confidence ${pct(a.confidence)})`,
    `Scores: ${Object.entries(a.scores)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
    '',
    'Reasons',
    ...a.reasons.map((r) => `  - ${r.text}\n      [${r.rule}; ${r.source}]`),
  ];
  if (a.warnings.length > 0) {
    lines.push('', 'Warnings', ...a.warnings.map((w) => `  ! ${w.id}: ${w.text}`));
  }
  lines.push('', 'Next steps', ...a.nextSteps.map((s, i) => `  ${i + 1}. ${s}`));
  lines.push('', `Evaluation: ${a.evaluation.periodDays} days, watching`);
  lines.push(...a.evaluation.metrics.map((m) => `  - ${m}`));
  lines.push('', ...costLines(a));
  lines.push('', `Engine ${a.engineVersion}`);
  return `${lines.join('\n')}\n`;
}

function costLines(a: Assessment): string[] {
  const c = a.cost;
  if (c === null) return ['Cost: not estimated (monthly call volume unknown)'];
  const breakEven =
    c.breakEvenCallsPerMonth === 'never'
      ? 'never'
      : `${formatCount(c.breakEvenCallsPerMonth)} calls/month`;
  return [
    `Cost at ${formatCount(c.monthlyCalls)} calls/month (${c.priceTable.name})`,
    `  prompted ${c.priceTable.prompted.model}: ${usd(c.monthlyUsd.prompt)}/month (prices of ${c.priceTable.prompted.date})`,
    `  tuned ${c.priceTable.tuned.model}: ${usd(c.monthlyUsd.fineTune)}/month incl. one-time ${usd(c.oneTimeUsd)} amortised (prices of ${c.priceTable.tuned.date})`,
    `  break-even: ${breakEven}; payback: ${c.paybackMonths === null ? 'never' : `${c.paybackMonths} months`}`,
    ...c.arithmetic.map((line) => `    ${line}`),
  ];
}
