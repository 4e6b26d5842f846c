import type { Catalogue } from '../../src/engine/index.js';

const dated = {
  checked: '2026-11-01',
  sources: [{ title: 'Test price list', url: 'https://example.com/prices' }],
  availability: { newCustomersFrom: null, newCustomersUntil: null, retires: null },
  assumed: {},
};

/** Round numbers so that expected costs can be worked out by hand. */
export const SIMPLE: Catalogue = {
  name: 'simple',
  checked: '2026-11-01',
  currency: 'USD',
  unit: 'per 1M tokens',
  options: [
    {
      ...dated,
      id: 'large',
      kind: 'prompt',
      provider: 'P',
      model: 'large-1',
      prices: { input: 10, cachedInput: 2, output: 20 },
    },
    {
      ...dated,
      id: 'hosted',
      kind: 'hosted_tuning',
      provider: 'H',
      model: 'small-1',
      base: { input: 1, cachedInput: 1, output: 1 },
      tuned: { input: 2, cachedInput: 2, output: 4 },
      trainingPerMillion: 10,
      hostingPerMonth: 100,
    },
    {
      ...dated,
      id: 'gpu',
      kind: 'self_hosted',
      provider: 'Own GPUs',
      model: 'open-8b',
      gpuHourly: 1,
      tokensPerSecond: 1000,
      utilisation: 0.5,
      trainingTokensPerSecond: 1000,
    },
  ],
  assumptions: {
    inputTokensPerCall: 1000,
    outputTokensByTaskType: {
      classification: 10,
      extraction: 100,
      generation: 500,
      transformation: 100,
      qa: 100,
      conversation: 100,
      code: 100,
      other: 100,
    },
    cacheHitRate: 0.5,
    tunedPromptTokens: 0,
    tokensPerExample: 1000,
    epochs: 2,
    trainingRuns: 1,
    labourUsd: 1000,
    amortisationMonths: 10,
  },
  assumptionsWhy: {},
};

/** SIMPLE with the hosted option changed. */
export function withHosted(change: Record<string, unknown>): Catalogue {
  return {
    ...SIMPLE,
    options: SIMPLE.options.map((o) => (o.kind === 'hosted_tuning' ? { ...o, ...change } : o)),
  };
}
