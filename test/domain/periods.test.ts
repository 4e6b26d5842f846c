import { describe, expect, it } from 'vitest';
import { clampPeriod, isPeriod } from '../../src/domain/index.js';

describe('follow-up period bounds: a day to twelve weeks', () => {
  it('accepts whole days from 1 to 84, and nothing else', () => {
    const accepted = [-1, 0, 1, 2, 83, 84, 85, 1.5, Number.NaN].filter(isPeriod);
    expect(accepted).toEqual([1, 2, 83, 84]);
  });

  it('clamps any number of days into the bounds, rounded to whole days', () => {
    expect(
      [-3, 0, 0.4, 1, 1.4, 1.6, 2, 83, 83.6, 84, 84.4, 84.5, 85, 200].map(clampPeriod),
    ).toEqual([1, 1, 1, 1, 1, 2, 2, 83, 84, 84, 84, 84, 84, 84]);
  });
});
