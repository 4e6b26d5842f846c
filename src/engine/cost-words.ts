import type { CostEstimate } from './cost-schema.js';
import { roughCount, roughMonths, roughUsd } from './format.js';

/** What the card says when no volume was given. */
export const NO_COST_ESTIMATE = 'No cost estimate: the expected calls a month were not given.';

/**
 * The cost in one plain sentence at the reader's own volume: what the cheaper way costs a
 * month, and where tuning starts to pay.
 */
export function costSentence(c: CostEstimate | null): string {
  if (!c) return NO_COST_ESTIMATE;
  const at = `at your ${roughCount(c.monthlyCalls)} calls`;
  const prompting = `Prompting costs about ${roughUsd(c.monthlyUsd.prompt)} a month ${at}`;
  if (c.cheaper === 'fine_tune') {
    const payback =
      c.paybackMonths === null ? '' : ` and pays back its setup in ${roughMonths(c.paybackMonths)}`;
    return `A tuned model costs about ${roughUsd(c.monthlyUsd.fineTune)} a month ${at}, against ${roughUsd(c.monthlyUsd.prompt)} prompting${payback}.`;
  }
  const be = c.breakEvenCallsPerMonth;
  if (be === 'never') return `${prompting}; a tuned model would not cost less at any volume.`;
  if (be > c.monthlyCalls)
    return `${prompting}; tuning pays off only above about ${roughCount(be)} calls a month.`;
  // Engine 1 stored no paths: its estimates say nothing about availability.
  if (c.paths?.find((x) => x.id === c.tunePath)?.available === false)
    return `${prompting}; the tuning option is not on sale to new customers.`;
  const payback =
    c.paybackMonths === null
      ? 'would not pay back its setup'
      : `would take ${roughMonths(c.paybackMonths)} to pay back its setup`;
  return `${prompting}; tuning ${payback}, too long to count on.`;
}
