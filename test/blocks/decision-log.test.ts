import { describe, expect, it } from 'vitest';
import { buildDecisionLog, buildLogHelp, type LogRow, rowText } from '../../blocks/decision-log.js';

const now = new Date('2026-11-23T10:00:00Z');
const ROW: LogRow = {
  id: 4,
  task: 'Sort   the\n\tmail',
  recommendedApproach: 'fine_tune',
  adoptedApproach: null,
  status: 'proposed',
  requesterId: 'U0ALICE',
  createdAt: now,
  permalink: null,
};
const firstLine = (r: Partial<LogRow>) => rowText({ ...ROW, ...r }, now).split('\n');

describe('a row of the decision log', () => {
  it('shows the task on one line, its spaces collapsed, linked when there is a link', () => {
    expect(firstLine({})[0]).toBe('*#4* Sort the mail');
    expect(firstLine({ permalink: 'https://x.slack.com/p1' })[0]).toBe(
      '*#4* <https://x.slack.com/p1|Sort the mail>',
    );
  });

  it('says whether the recommendation was adopted, or what was adopted instead', () => {
    expect(firstLine({})[1]).toMatch(
      /^Recommended \*Fine-tune a model\* · _proposed_ · <@U0ALICE> · /,
    );
    expect(firstLine({ adoptedApproach: 'fine_tune' })[1]).toMatch(
      /^Recommended \*Fine-tune a model\* \(adopted\) · _proposed_/,
    );
    expect(firstLine({ adoptedApproach: 'rag' })[1]).toMatch(
      /^Recommended \*Fine-tune a model\* · adopted \*Add retrieval \(RAG\)\* · _proposed_/,
    );
  });
});

describe('the help of /decisions', () => {
  it('leads with the problem, escaped, when there is one', () => {
    const { text, blocks } = buildLogHelp('Unknown filter `<!here>:x`.');
    expect(text).toBe('Unknown filter `&lt;!here&gt;:x`.');
    expect(JSON.stringify(blocks[0])).toContain(':warning: Unknown filter `&lt;!here&gt;:x`.');
    expect(blocks).toHaveLength(2);
    const plain = buildLogHelp();
    expect(plain.text).toBe('How to use /decisions');
    expect(plain.blocks).toHaveLength(1);
  });
});

describe('a page of the decision log', () => {
  it('escapes the title it was given (it quotes the search) in the blocks and the fallback', () => {
    const page = buildDecisionLog({
      title: 'Decisions matching “<!channel>”',
      rows: [],
      page: 0,
      hasNext: false,
      queryKey: 'k',
      now,
    });
    expect(page.text).toBe('Decisions matching “&lt;!channel&gt;”: none');
    expect(JSON.stringify(page.blocks)).not.toContain('<!channel>');
  });
});
