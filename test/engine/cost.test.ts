import { describe, expect, it } from 'vitest';
import { costCrossover } from '../../src/engine/cost.js';
import { DEFAULT_PRICES, type PriceTable } from '../../src/engine/prices.js';

/** Round numbers so the expected values can be worked out by hand. */
const SIMPLE: PriceTable = {
  ...DEFAULT_PRICES,
  name: 'simple',
  prompted: { ...DEFAULT_PRICES.prompted, input: 10, cachedInput: 2, output: 20 },
  tuned: {
    ...DEFAULT_PRICES.tuned,
    input: 2,
    cachedInput: 1,
    output: 4,
    training: 10,
    hostingPerMonth: 100,
  },
  assumptions: {
    inputTokensPerCall: 1000,
    outputTokensPerCall: 500,
    cacheHitRate: 0.5,
    tunedPromptTokens: 0,
    trainingExamples: 1000,
    tokensPerExample: 1000,
    epochs: 2,
    trainingRuns: 1,
    labourUsd: 1000,
    amortisationMonths: 10,
  },
};

describe('cost crossover', () => {
  it('follows the formula: per call, one-time, break-even, payback', () => {
    // prompted: 2000 x (0.5x10 + 0.5x2) + 1000x10 + 500x20 = 32,000 per 1M -> $0.032
    // tuned: (0 + 1000) x 2 + 500 x 4 = 4,000 per 1M -> $0.004
    // one-time: 1 x 1M tokens x 2 epochs x $10/1M + $1000 = $1020
    // break-even: (100 + 1020/10) / 0.028 = 7214.3 -> 7215 calls/month
    const c = costCrossover(2000, 100_000, SIMPLE);
    expect(c.perCallUsd).toEqual({ prompt: 0.032, fineTune: 0.004 });
    expect(c.oneTimeUsd).toBe(1020);
    expect(c.breakEvenCallsPerMonth).toBe(7215);
    expect(c.monthlyUsd).toEqual({ prompt: 3200, fineTune: 400 + 100 + 102 });
    expect(c.paybackMonths).toBe(0.4); // 1020 / (2800 - 100)
    expect(c.cheaper).toBe('fine_tune');
    expect(c.arithmetic.join('\n')).toContain('7,215 calls/month');
  });

  it('says never when a tuned call costs no less', () => {
    const dear = { ...SIMPLE, tuned: { ...SIMPLE.tuned, input: 100, output: 100 } };
    const c = costCrossover(2000, 5_000_000, dear);
    expect(c.breakEvenCallsPerMonth).toBe('never');
    expect(c.paybackMonths).toBeNull();
    expect(c.cheaper).toBe('prompt');
  });

  it('names the price table with the date and source of each price', () => {
    const c = costCrossover(1000, 1, DEFAULT_PRICES);
    expect(c.priceTable.prompted.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(c.priceTable.tuned.source.length).toBeGreaterThan(5);
  });
});
