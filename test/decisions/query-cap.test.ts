import { describe, expect, it } from 'vitest';
import { capQuery, QUERY_CUT_NOTICE } from '../../src/decisions/query-cap.js';

describe('/decisions reads at most 300 characters of a query', () => {
  it.each([299, 300])('keeps a query of %i characters whole', (n) => {
    const text = 'a'.repeat(n);
    expect(capQuery(text)).toEqual({ text, cut: false });
  });

  it('cuts a query of 301 characters to 300', () => {
    expect(capQuery('b'.repeat(301))).toEqual({ text: 'b'.repeat(300), cut: true });
  });

  it('cuts at the last space before the limit, so no word is half read', () => {
    const words = `${'w'.repeat(295)} tail of the query`;
    expect(capQuery(words)).toEqual({ text: 'w'.repeat(295), cut: true });
    expect(capQuery(`x ${'y'.repeat(400)}`)).toEqual({ text: 'x', cut: true });
  });

  it('says how many characters it reads', () => {
    expect(QUERY_CUT_NOTICE).toBe(
      'Your query was longer than 300 characters: only its beginning was used.',
    );
  });
});
