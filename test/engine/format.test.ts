import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatPrice,
  roughCount,
  roughMonths,
  roughUsd,
  usd,
} from '../../src/engine/format.js';

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

describe('money against toFixed', () => {
  it('matches the grouped two-decimal form for many amounts', () => {
    for (let i = 0; i < 5000; i++) {
      const n = Math.round((i * 7919.37) % 2_000_000) / 100 - 100;
      const [whole, cents] = Math.abs(n).toFixed(2).split('.');
      const sign = n < 0 && Math.abs(n) >= 0.005 ? '-' : '';
      expect(usd(n)).toBe(`$${sign}${Number(whole).toLocaleString('en-US')}.${cents}`);
    }
  });
});

describe('rough figures for a sentence', () => {
  it('says volumes in K and M with at most two significant digits under ten', () => {
    expect([950, 40_000, 420_000, 2_155_464, 999_999, 12_500_000].map(roughCount)).toEqual([
      '950',
      '40K',
      '420K',
      '2.2M',
      '1M',
      '13M',
    ]);
  });

  it('says money in whole dollars, and a few cents as under a dollar', () => {
    expect([0, 0.4, 85.2, 1460, 15_002.03].map(roughUsd)).toEqual([
      '$0',
      'under $1',
      '$85',
      '$1,460',
      '$15,002',
    ]);
  });

  it('never says "1 months" or "253.1 months"', () => {
    expect([0.4, 1, 1.4, 12.9, 253.1].map(roughMonths)).toEqual([
      'under a month',
      'about a month',
      'about a month',
      'about 13 months',
      'about 21 years',
    ]);
  });
});
