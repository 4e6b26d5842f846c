import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, mrkdwn, percent, plain, truncate } from '../../blocks/text.js';

describe('text helpers', () => {
  it('escape the three characters mrkdwn reads, every occurrence, & first', () => {
    expect(escapeMrkdwn('<!here> & <@U1> > <x|y>')).toBe(
      '&lt;!here&gt; &amp; &lt;@U1&gt; &gt; &lt;x|y&gt;',
    );
    expect(escapeMrkdwn('&lt;')).toBe('&amp;lt;');
  });

  it('truncate at the limit, not before: the cut text ends in an ellipsis, no trailing space', () => {
    expect(truncate('abcde', 5)).toBe('abcde');
    expect(truncate('abcdef', 5)).toBe('abcd…');
    expect(truncate('abc  def', 6)).toBe('abc…');
    expect(truncate('abcdef', 5)).toHaveLength(5);
  });

  it('keep plain and mrkdwn text within Slack’s limits', () => {
    expect(plain('x'.repeat(80), 75).text).toHaveLength(75);
    expect(plain('y'.repeat(3001)).text).toHaveLength(3000);
    expect(mrkdwn('z'.repeat(3001))).toEqual({ type: 'mrkdwn', text: `${'z'.repeat(2999)}…` });
    expect(plain('ok')).toEqual({ type: 'plain_text', text: 'ok' });
  });

  it('cut mrkdwn before an entity it would split, and keep one that fits whole', () => {
    expect(mrkdwn(`${'z'.repeat(2997)}&amp;`).text).toBe(`${'z'.repeat(2997)}…`);
    expect(mrkdwn(`${'z'.repeat(2996)}&lt;x`).text).toBe(`${'z'.repeat(2996)}…`);
    expect(mrkdwn(`${'z'.repeat(2995)}&gt;yz`).text).toBe(`${'z'.repeat(2995)}&gt;…`);
  });

  it('write a share as a whole percentage', () => {
    expect([0, 0.625, 0.994, 1].map(percent)).toEqual(['0%', '63%', '99%', '100%']);
  });
});
