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

  it('says whether the recommendation was adopted, or what was adopted instead, each fact once', () => {
    expect(firstLine({})[1]).toMatch(
      /^advised \*Fine-tune a model\* · awaiting a choice · <@U0ALICE> · /,
    );
    const adopted = { status: 'adopted' as const };
    expect(firstLine({ ...adopted, adoptedApproach: 'fine_tune' })[1]).toMatch(
      /^\*Fine-tune a model\*, as advised · adopted · <@U0ALICE>/,
    );
    expect(firstLine({ ...adopted, adoptedApproach: 'rag' })[1]).toMatch(
      /^\*Add retrieval \(RAG\)\* instead of the advised fine-tune · adopted · <@U0ALICE>/,
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
      total: { count: 0, capped: false },
      queryKey: 'k',
      now,
    });
    expect(page.text).toContain('&lt;!channel&gt;');
    expect(page.text).not.toContain('<!channel>');
    expect(JSON.stringify(page.blocks)).not.toContain('<!channel>');
  });
});
