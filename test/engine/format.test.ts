import { describe, expect, it } from 'vitest';
import { formatCount, formatPrice, usd } from '../../src/engine/format.js';

describe('number formatting', () => {
  it('groups thousands like en-US', () => {
    for (const n of [0, 7, 999, 1000, 12_345, 421_823, 1_000_000, 123_456_789]) {
      expect(formatCount(n)).toBe(n.toLocaleString('en-US'));
    }
    expect(formatCount(-1234)).toBe('-1,234');
  });

  it('keeps small fractions of a price and trims trailing zeros', () => {
    expect(formatPrice(0.00425)).toBe('$0.00425');
    expect(formatPrice(2)).toBe('$2');
    expect(formatPrice(0.5)).toBe('$0.5');
    expect(formatPrice(1234.5)).toBe('$1,234.5');
  });

  it('shows money with two decimals', () => {
    expect(usd(1316.8)).toBe('$1,316.80');
    expect(usd(15033.75)).toBe('$15,033.75');
    expect(usd(0)).toBe('$0.00');
  });
});
