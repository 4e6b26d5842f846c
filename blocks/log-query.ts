import {
  DECISION_STATUSES,
  type DecisionStatus,
  DUE_WITHIN_DAYS,
  isDecisionStatus,
} from '../src/domain/index.js';
import { APPROACH_LABELS, type Approach } from '../src/engine/index.js';
import { STATUS_WORDS } from './status-words.js';

/** What `/decisions [query]` asks for: the grammar its help (LOG_HELP) describes. */
export interface LogQuery {
  mine: boolean;
  open: boolean;
  due: boolean;
  here: boolean;
  export: boolean;
  help: boolean;
  approach?: Approach;
  status?: DecisionStatus;
  id?: number;
  text?: string;
}

const APPROACH_NAMES: Record<string, Approach> = {
  prompt: 'prompt',
  prompting: 'prompt',
  rag: 'rag',
  retrieval: 'rag',
  fine_tune: 'fine_tune',
  'fine-tune': 'fine_tune',
  finetune: 'fine_tune',
  hybrid: 'hybrid',
};

const FLAGS = ['mine', 'open', 'due', 'here', 'export', 'help'] as const;

export type ParsedQuery = { ok: true; query: LogQuery } | { ok: false; error: string };

/** Parses the command text; an unknown filter is an error that names it. */
export function parseLogQuery(input: string): ParsedQuery {
  const query: LogQuery = {
    mine: false,
    open: false,
    due: false,
    here: false,
    export: false,
    help: false,
  };
  const words: string[] = [];
  for (const token of input.trim().split(/\s+/).filter(Boolean)) {
    const lower = token.toLowerCase();
    const [key, value = ''] = lower.split(/:(.*)/s);
    if ((FLAGS as readonly string[]).includes(lower)) {
      query[lower as (typeof FLAGS)[number]] = true;
    } else if (/^#\d{1,12}$/.test(token)) {
      query.id = Number(token.slice(1));
    } else if (key === 'approach') {
      const approach = APPROACH_NAMES[value];
      if (!approach)
        return {
          ok: false,
          error: `Unknown approach \`${value}\`: use prompt, rag, fine_tune or hybrid.`,
        };
      query.approach = approach;
    } else if (key === 'status') {
      if (!isDecisionStatus(value)) {
        return {
          ok: false,
          error: `Unknown status \`${value}\`: use ${DECISION_STATUSES.join(', ')}.`,
        };
      }
      query.status = value;
    } else if (token.includes(':') && /^[a-z_]+:/.test(lower)) {
      return { ok: false, error: `Unknown filter \`${token}\`.` };
    } else {
      words.push(token);
    }
  }
  if (words.length > 0) query.text = words.join(' ');
  return { ok: true, query };
}

/** Whether the query narrows anything; with none, the list is this conversation's. */
export const hasFilters = (q: LogQuery) =>
  q.mine ||
  q.open ||
  q.due ||
  q.here ||
  q.approach !== undefined ||
  q.status !== undefined ||
  q.text !== undefined;

/** The list's title, restating every filter the query applied. */
export function queryTitle(q: LogQuery): string {
  if (!hasFilters(q)) return 'Latest decisions in this conversation';
  const parts = [
    q.mine ? 'asked by you' : '',
    q.open ? 'open' : '',
    q.due ? `follow-up due within ${DUE_WITHIN_DAYS} days` : '',
    q.approach ? `on ${APPROACH_LABELS[q.approach]}` : '',
    q.status ? STATUS_WORDS[q.status] : '',
    q.here ? 'in this conversation' : '',
    q.text ? `matching “${q.text}”` : '',
  ];
  return `Decisions: ${parts.filter(Boolean).join(' · ')}`;
}
