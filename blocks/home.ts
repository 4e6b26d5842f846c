import type { HomeView, KnownBlock } from '@slack/types';
import { APPROACH_LABELS, type Approach } from '../src/engine/index.js';
import { type LogRow, rowText } from './decision-log.js';
import { mrkdwn, plain } from './text.js';

export interface HomeData {
  mine: LogRow[];
  due: { row: LogRow; dueAt: Date }[];
  team: LogRow[];
  byApproach: Record<string, number>;
  byStatus: Record<string, number>;
  now: Date;
}

const section = (title: string, lines: string[], empty: string): KnownBlock[] => [
  { type: 'header', text: plain(title, 150) },
  ...(lines.length > 0
    ? lines.map((l): KnownBlock => ({ type: 'section', text: mrkdwn(l) }))
    : [{ type: 'context' as const, elements: [mrkdwn(empty)] }]),
];

const counts = (c: Record<string, number>, label: (k: string) => string) =>
  Object.entries(c)
    .sort(([, a], [, b]) => b - a)
    .map(([k, n]) => `${label(k)}: *${n}*`)
    .join(' · ') || 'none yet';

/** The App Home tab: the viewer's open decisions, follow-ups due soon, the team's latest, counts. */
export function buildHome(h: HomeData): HomeView {
  const dueLine = ({ row, dueAt }: HomeData['due'][number]) =>
    `${rowText(row, h.now)}\nFollow-up due <!date^${Math.floor(dueAt.getTime() / 1000)}^{date_short_pretty}|${dueAt.toISOString().slice(0, 10)}>`;
  return {
    type: 'home',
    blocks: [
      ...section(
        'Your open decisions',
        h.mine.map((r) => rowText(r, h.now)),
        'Nothing open. Start one with `/finetune-or-prompt`.',
      ),
      { type: 'divider' },
      ...section('Follow-ups due soon', h.due.map(dueLine), 'No follow-up due in the next 7 days.'),
      { type: 'divider' },
      ...section(
        'Latest team decisions',
        h.team.map((r) => rowText(r, h.now)),
        'No decisions in public channels yet.',
      ),
      { type: 'divider' },
      { type: 'header', text: plain('Counts') },
      {
        type: 'section',
        text: mrkdwn(
          `*By approach:* ${counts(h.byApproach, (k) => APPROACH_LABELS[k as Approach] ?? k)}\n*By outcome:* ${counts(h.byStatus, (k) => k)}`,
        ),
      },
      {
        type: 'context',
        elements: [mrkdwn('`/decisions help` searches and filters the whole log.')],
      },
    ],
  };
}
