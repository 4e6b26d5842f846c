import type { HomeView, KnownBlock } from '@slack/types';
import { OPEN_STATUSES } from '../src/domain/index.js';
import { APPROACH_LABELS, type Approach } from '../src/engine/index.js';
import { button } from './button.js';
import { type LogRow, rowText } from './decision-log.js';
import { ACTIONS } from './ids.js';
import { OUTCOME_WORDS } from './status-words.js';
import { mrkdwn, plain } from './text.js';

export interface HomeData {
  mine: LogRow[];
  due: { row: LogRow; dueAt: Date }[];
  team: LogRow[];
  byApproach: Record<string, number>;
  byStatus: Record<string, number>;
  now: Date;
}

const WELCOME: KnownBlock[] = [
  { type: 'header', text: plain('Fine-tune or prompt?', 150) },
  {
    type: 'section',
    text: mrkdwn(
      'Describe a task your team runs on a language model, and get advice on what to do next: improve the prompt, add retrieval, or fine-tune. The advice gives its reasons and the cost at your volume; your team adopts it or chooses differently, and I ask in the thread how it went.',
    ),
  },
  {
    type: 'actions',
    block_id: 'home_start',
    elements: [button(ACTIONS.newAssessment, 'New assessment', 'home', 'primary')],
  },
  {
    type: 'context',
    elements: [
      mrkdwn(
        'From here the advice comes to your messages with me. To post it in a channel for the team, type `/finetune-or-prompt` there. `/decisions` searches the log.',
      ),
    ],
  },
];

const FIRST_VISIT: KnownBlock[] = [
  { type: 'divider' },
  {
    type: 'section',
    text: mrkdwn(
      '*How it works*\n1. Answer six questions about the task (details are optional).\n2. Read the advice: why, the one warning that matters, the cost.\n3. *Adopt* it or *Choose differently*; I ask how it went when the evaluation ends.',
    ),
  },
];

const list = (title: string, lines: string[]): KnownBlock[] =>
  lines.length === 0
    ? []
    : [
        { type: 'divider' },
        { type: 'header', text: plain(title, 150) },
        ...lines.map((l): KnownBlock => ({ type: 'section', text: mrkdwn(l) })),
      ];

const counts = (entries: [string, number][]) =>
  entries
    .filter(([, n]) => n > 0)
    .map(([label, n]) => `${label} *${n}*`)
    .join(' · ');

/** Outcomes are outcomes: worked, didn't work, abandoned; the rest is still open. */
function tally(h: HomeData): KnownBlock[] {
  const open = OPEN_STATUSES.reduce((sum, s) => sum + (h.byStatus[s] ?? 0), 0);
  const outcomes = counts([
    ...Object.entries(OUTCOME_WORDS).map(([s, label]): [string, number] => [
      label,
      h.byStatus[s] ?? 0,
    ]),
    ['Still open', open],
  ]);
  const approaches = counts(
    Object.entries(h.byApproach)
      .sort(([, a], [, b]) => b - a)
      .map(([k, n]): [string, number] => [APPROACH_LABELS[k as Approach] ?? k, n]),
  );
  if (!outcomes && !approaches) return [];
  return [
    { type: 'divider' },
    { type: 'header', text: plain('How the decisions went', 150) },
    {
      type: 'section',
      text: mrkdwn(
        [
          outcomes ? `*Outcomes:* ${outcomes}` : '',
          approaches ? `*Approach taken (else advised):* ${approaches}` : '',
        ]
          .filter(Boolean)
          .join('\n'),
      ),
    },
  ];
}

/**
 * The App Home tab: a welcome with New assessment, then what needs the viewer first (follow-ups
 * due, their open decisions), the team's latest, and how decisions went. No row is listed twice.
 */
export function buildHome(h: HomeData): HomeView {
  const shown = new Set<number>();
  const fresh = (r: LogRow) => {
    if (shown.has(r.id)) return false;
    shown.add(r.id);
    return true;
  };
  const due = h.due
    .filter(({ row }) => fresh(row))
    .map(
      ({ row, dueAt }) =>
        `${rowText(row, h.now)}\nFollow-up due <!date^${Math.floor(dueAt.getTime() / 1000)}^{date_short_pretty}|${dueAt.toISOString().slice(0, 10)}>`,
    );
  const mine = h.mine.filter(fresh).map((r) => rowText(r, h.now));
  const team = h.team.filter(fresh).map((r) => rowText(r, h.now));
  const rest = [
    ...list('Follow-ups due soon', due),
    ...list('Your open decisions', mine),
    ...list('Latest in public channels', team),
    ...tally(h),
  ];
  return {
    type: 'home',
    blocks: [
      ...WELCOME,
      ...(rest.length > 0
        ? [
            ...rest,
            {
              type: 'context' as const,
              elements: [mrkdwn('`/decisions help` searches and filters the whole log.')],
            },
          ]
        : FIRST_VISIT),
    ],
  };
}
