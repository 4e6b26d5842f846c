import type { KnownBlock } from '@slack/types';
import { z } from 'zod';
import type { DecisionStatus } from '../src/domain/index.js';
import {
  APPROACH_LABELS,
  APPROACH_NOUNS,
  type Approach,
  formatCount,
} from '../src/engine/index.js';
import { ACTIONS } from './ids.js';
import { STATUS_WORDS } from './status-words.js';
import { escapeMrkdwn, mrkdwn, plain, truncate } from './text.js';
import { when } from './time.js';

/** One decision as a line of the log. */
export interface LogRow {
  id: number;
  task: string;
  recommendedApproach: Approach;
  adoptedApproach: Approach | null;
  status: DecisionStatus;
  requesterId: string;
  createdAt: Date;
  permalink: string | null;
}

export interface LogPage {
  title: string;
  rows: LogRow[];
  /** 0-based page number, and whether more follow. */
  page: number;
  hasNext: boolean;
  /** How many the query selects, counted up to a cap (then `capped`). */
  total: { count: number; capped: boolean };
  /** The key the command text is kept under (button values hold at most 2,000 characters). */
  queryKey: string;
  now: Date;
}

export const PAGE_SIZE = 10;

export function rowText(r: LogRow, now: Date): string {
  const task = escapeMrkdwn(truncate(r.task.replace(/\s+/g, ' '), 80));
  const title = r.permalink ? `<${r.permalink}|${task}>` : task;
  const advised = APPROACH_LABELS[r.recommendedApproach];
  const approach =
    r.adoptedApproach === null
      ? `advised *${advised}*`
      : r.adoptedApproach === r.recommendedApproach
        ? `*${advised}*, as advised`
        : `*${APPROACH_LABELS[r.adoptedApproach]}* instead of the advised ${APPROACH_NOUNS[r.recommendedApproach]}`;
  return `*#${r.id}* ${title}\n${approach} · ${STATUS_WORDS[r.status]} · <@${r.requesterId}> · ${when(r.createdAt, now)}`;
}

/** What a Next / Previous button carries: the key the query was kept under, and the page. */
const PageRef = z.object({ q: z.string().max(64), page: z.number().int().min(0).max(100_000) });
export type PageRef = z.infer<typeof PageRef>;

export const readPageValue = (value: string | undefined): PageRef =>
  PageRef.parse(JSON.parse(value ?? '{}'));

const pageButton = (text: string, queryKey: string, page: number) => ({
  type: 'button' as const,
  action_id: `${ACTIONS.logPage}_${page}`,
  text: plain(text, 75),
  value: JSON.stringify({ q: queryKey, page } satisfies PageRef),
});

/** A page of the decision log, answered privately to `/decisions`. */
export function buildDecisionLog(p: LogPage): { text: string; blocks: KnownBlock[] } {
  const from = p.page * PAGE_SIZE + 1;
  const of = `${formatCount(p.total.count)}${p.total.capped ? '+' : ''}`;
  const range = p.rows.length === 0 ? 'none' : `${from}–${from + p.rows.length - 1} of ${of}`;
  const blocks: KnownBlock[] = [
    { type: 'section', text: mrkdwn(`*${escapeMrkdwn(p.title)}* · ${range}`) },
    ...p.rows.map((r): KnownBlock => ({ type: 'section', text: mrkdwn(rowText(r, p.now)) })),
  ];
  if (p.rows.length === 0) {
    blocks.push({
      type: 'context',
      elements: [mrkdwn('No decisions match. `/decisions help` lists the filters.')],
    });
  }
  const paging = [
    ...(p.page > 0 ? [pageButton('Previous', p.queryKey, p.page - 1)] : []),
    ...(p.hasNext ? [pageButton('Next', p.queryKey, p.page + 1)] : []),
  ];
  if (paging.length > 0) blocks.push({ type: 'actions', block_id: 'log_paging', elements: paging });
  return { text: `${escapeMrkdwn(p.title)}: ${range}`, blocks };
}

export const LOG_HELP = [
  '*`/decisions`* shows this conversation’s latest decisions. Filters, combined freely:',
  '• `mine` — decisions you asked for',
  '• `open` — not concluded yet (proposed, adopted, evaluating)',
  '• `due` — follow-up due within 7 days',
  '• `approach:prompt|rag|fine_tune|hybrid` — by the adopted (else recommended) approach',
  '• `status:proposed|adopted|evaluating|succeeded|failed|abandoned|superseded`',
  '• `here` — only this conversation',
  '• any other words — search tasks and reasons, best match first',
  '• `#42` — one decision in full, with its history',
  '• `export` — a CSV of what the query selects, sent to you; `#42 export` — a Markdown decision record',
  'Example: `/decisions mine approach:rag open`',
].join('\n');

export function buildLogHelp(error?: string): { text: string; blocks: KnownBlock[] } {
  const blocks: KnownBlock[] = [];
  if (error) blocks.push({ type: 'section', text: mrkdwn(`:warning: ${escapeMrkdwn(error)}`) });
  blocks.push({ type: 'section', text: mrkdwn(LOG_HELP) });
  return { text: error ? escapeMrkdwn(error) : 'How to use /decisions', blocks };
}
