import { describe, expect, it } from 'vitest';
import { backoff } from '../../src/outbox/worker.js';

const B = { base: 1_000, max: 10_000 };

describe('outbox backoff', () => {
  it('doubles from the base, up to the cap and not past it', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => backoff(n, B))).toEqual([
      1_000, 2_000, 4_000, 8_000, 10_000, 10_000,
    ]);
  });

  it('never sends before Retry-After, even past the cap', () => {
    expect(backoff(1, B, 1_500)).toBe(1_500);
    expect(backoff(1, B, 999)).toBe(1_000);
    expect(backoff(6, B, 60_000)).toBe(60_000);
  });
});
