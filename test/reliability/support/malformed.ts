import { ACTIONS, COMMANDS, VIEWS } from '../../../blocks/ids.js';
import {
  buttonClick,
  eventCallback,
  interaction,
  slashCommand,
  viewSubmission,
} from '../../support/slack-requests.js';

export interface Malformed {
  name: string;
  body: string;
  contentType: string;
}

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

/** Values that replace a field: wrong types, nothing, and a huge string. */
const HOSTILE: [string, unknown][] = [
  ['null', null],
  ['number', 7],
  ['array', []],
  ['object', {}],
  ['boolean', true],
  ['huge', 'x'.repeat(200_000)],
];

/** Every path to a leaf or object inside `value`, up to `depth` levels. */
function paths(value: unknown, depth = 4, prefix: string[] = []): string[][] {
  if (depth === 0 || value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => [
    [...prefix, k],
    ...paths(v, depth - 1, [...prefix, k]),
  ]);
}

function replaced(value: unknown, path: string[], next: unknown): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  let at = copy;
  for (const k of path.slice(0, -1)) at = at[k] as Record<string, unknown>;
  const last = path.at(-1) as string;
  if (next === undefined) delete at[last];
  else at[last] = next;
  return copy;
}

/** Each field of `payload` missing, then set to each hostile value. */
function mutations(kind: string, payload: object, encode: (p: unknown) => string) {
  return paths(payload).flatMap((path) =>
    [['missing', undefined] as [string, unknown], ...HOSTILE].map(([label, v]) => ({
      name: `${kind} ${path.join('.')} ${label}`,
      body: encode(replaced(payload, path, v)),
    })),
  );
}

/** Bodies that are not an object at all. */
const NOT_OBJECTS = ['null', '1', '"text"', '[]', 'true', '{', ''];

/** Signed-request bodies that Slack would never send: each should be refused, not crash. */
export function malformedRequests(responseUrl: string): Malformed[] {
  const command = Object.fromEntries(
    new URLSearchParams(
      slashCommand({ command: COMMANDS.decisions, text: 'adopted', responseUrl }),
    ),
  );
  const submission = viewSubmission({
    view: {
      callback_id: VIEWS.assessment,
      private_metadata: '{"channel":"C0GENERAL","private":false}',
    },
    values: { task: { value: { type: 'plain_text_input', value: 'Classify tickets' } } },
  });
  const click = buttonClick({
    actionId: `${ACTIONS.logPage}_1`,
    value: '{"q":"","page":1}',
    channelId: 'C0GENERAL',
    messageTs: '1763900000.000001',
    responseUrl,
  });
  const event = JSON.parse(
    eventCallback({ type: 'app_home_opened', user: 'U0ALICE', tab: 'home' }),
  );
  const form = (p: unknown) => interaction(p as object);
  return [
    ...NOT_OBJECTS.map((b) => ({
      name: `payload=${b}`,
      body: `payload=${encodeURIComponent(b)}`,
      contentType: FORM,
    })),
    ...NOT_OBJECTS.map((b) => ({ name: `json ${b}`, body: b, contentType: JSON_TYPE })),
    ...mutations('command', command, (p) =>
      new URLSearchParams(
        Object.entries(p as object).map(([k, v]) => [
          k,
          typeof v === 'string' ? v : JSON.stringify(v),
        ]),
      ).toString(),
    ).map((m) => ({ ...m, contentType: FORM })),
    ...mutations('view_submission', submission, form).map((m) => ({ ...m, contentType: FORM })),
    ...mutations('block_actions', click, form).map((m) => ({ ...m, contentType: FORM })),
    ...mutations('event', event, JSON.stringify).map((m) => ({ ...m, contentType: JSON_TYPE })),
  ];
}
