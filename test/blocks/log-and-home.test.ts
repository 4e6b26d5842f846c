import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { buildDecisionLog, type LogRow, rowText } from '../../blocks/decision-log.js';
import { buildDecisionRecord } from '../../blocks/decision-record.js';
import { buildHome, type HomeData } from '../../blocks/home.js';
import { ACTIONS } from '../../blocks/ids.js';
import { parseLogQuery, queryTitle } from '../../blocks/log-query.js';
import { assess } from '../../src/engine/index.js';
import { viewProblems } from '../support/block-kit.js';
import { READY_TO_TUNE } from '../support/profiles.js';
import { shownText, visibleTexts } from '../support/visible-text.js';

const now = new Date('2026-12-02T10:00:00Z');
const row: LogRow = {
  id: 7,
  task: 'Tag invoices',
  recommendedApproach: 'fine_tune',
  adoptedApproach: 'fine_tune',
  status: 'adopted',
  requesterId: 'U1',
  createdAt: now,
  permalink: 'https://example.slack.com/archives/C1/p1',
};
const shown = (blocks: unknown) => visibleTexts(blocks).map(shownText).join('\n');
const firstLine = (r: LogRow) => shownText(rowText(r, now).split('\n')[1] ?? '');

describe('a row of the log', () => {
  it('says each fact once: the approach, whether it was the advice, the status', () => {
    expect(firstLine(row)).toMatch(/^Fine-tune a model, as advised · adopted · @U1 · /);
    expect(firstLine({ ...row, adoptedApproach: 'rag' })).toMatch(
      /^Add retrieval \(RAG\) instead of the advised fine-tune · adopted · /,
    );
    expect(firstLine({ ...row, adoptedApproach: null, status: 'proposed' })).toMatch(
      /^advised Fine-tune a model · awaiting a choice · /,
    );
    expect(firstLine({ ...row, status: 'succeeded' })).toContain(' · worked · ');
    expect(rowText(row, now)).not.toMatch(/\(adopted\)|_adopted_|Recommended/);
  });
});

describe('a page of /decisions', () => {
  it('restates the filter in its title and says where the page is in the total', () => {
    const q = parseLogQuery('mine open approach:rag refund');
    if (!q.ok) throw new Error(q.error);
    expect(queryTitle(q.query)).toBe(
      'Decisions: asked by you · open · on Add retrieval (RAG) · matching “refund”',
    );
    const page = buildDecisionLog({
      title: queryTitle(q.query),
      rows: [row],
      page: 1,
      hasNext: true,
      total: { count: 134, capped: false },
      queryKey: 'k',
      now,
    });
    expect(shown(page.blocks)).toContain('· 11–11 of 134');
    expect(page.text).toBe(
      'Decisions: asked by you · open · on Add retrieval (RAG) · matching “refund”: 11–11 of 134',
    );
    const capped = buildDecisionLog({
      title: 'Decisions: open',
      rows: [row],
      page: 0,
      hasNext: true,
      total: { count: 1000, capped: true },
      queryKey: 'k',
      now,
    });
    expect(capped.text).toBe('Decisions: open: 1–1 of 1,000+');
  });
});

describe('/decisions #7', () => {
  it('names the app as the app, never as a mention, and shows the outcome reported', () => {
    const record = buildDecisionRecord(
      row,
      assess(READY_TO_TUNE),
      [
        { kind: 'follow_up_sent', actorId: 'app', at: now, details: { ts: '1.2' } },
        {
          kind: 'succeeded',
          actorId: 'U1',
          at: now,
          details: { qualityPct: 96, costNotes: '$0.40' },
        },
      ],
      now,
    );
    const text = JSON.stringify(record.blocks);
    expect(text).not.toContain('<@app>');
    expect(text).toContain('The app asked the follow-up question in the thread');
    expect(text).toContain('reported it worked: 96% of the target; cost and speed “$0.40”');
  });
});

const empty: HomeData = { mine: [], due: [], team: [], byApproach: {}, byStatus: {}, now };
const headers = (blocks: readonly unknown[]) =>
  (blocks as KnownBlock[]).flatMap((b) => (b.type === 'header' ? [b.text.text] : []));

describe('App Home', () => {
  it('welcomes a first visit with New assessment and how it works, and no empty lists', () => {
    const home = buildHome(empty);
    expect(viewProblems(home)).toEqual([]);
    expect(headers(home.blocks)).toEqual(['Fine-tune or prompt?']);
    expect(JSON.stringify(home.blocks)).toContain(ACTIONS.newAssessment);
    expect(shown(home.blocks)).toContain('How it works');
    expect(shown(home.blocks)).not.toMatch(/Nothing open|No decisions|none yet/);
  });

  it('lists each decision once, most urgent first, with links and outcome counts', () => {
    const home = buildHome({
      mine: [row, { ...row, id: 8 }],
      due: [{ row, dueAt: now }],
      team: [row, { ...row, id: 8 }, { ...row, id: 9 }],
      byApproach: { fine_tune: 3 },
      byStatus: { adopted: 3, evaluating: 1, succeeded: 2, abandoned: 1 },
      now,
    });
    expect(headers(home.blocks)).toEqual([
      'Fine-tune or prompt?',
      'Follow-ups due soon',
      'Your open decisions',
      'Latest in public channels',
      'How the decisions went',
    ]);
    const text = JSON.stringify(home.blocks);
    for (const id of [7, 8, 9]) expect(text.match(new RegExp(`\\*#${id}\\*`, 'g'))).toHaveLength(1);
    expect(text).toContain('<https://example.slack.com/archives/C1/p1|Tag invoices>');
    expect(shown(home.blocks)).toContain('Outcomes: Worked 2 · Abandoned 1 · Still open 4');
    expect(shown(home.blocks)).not.toMatch(/adopted: \d|By outcome/);
  });
});
