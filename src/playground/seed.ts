import type { KnownBlock } from '@slack/types';
import { DETAIL_FIELDS } from '../../blocks/assessment-modal.js';
import { ACTIONS } from '../../blocks/ids.js';
import type { ActionInput, BoltRequests, StateValues } from './bolt-requests.js';
import { applySubmissionAck } from './responses.js';
import type { Message, Person, StoredView, Workspace } from './workspace.js';

// "Load example decisions": a few teams' questions, asked and adopted through the app itself,
// exactly as a person would on the page (command, form, Adopt), so the log shows its value.

type Answers = Record<string, string | string[]>;

interface Example {
  user: string;
  channel: string;
  answers: Answers;
  adopt?: string;
}

const EXAMPLES: Example[] = [
  {
    user: 'U0BEN',
    channel: 'C0MLTEAM',
    answers: {
      task: 'Answer customer questions about our pricing plans and refund policy',
      taskType: 'qa',
      promptingMaturity: 'few_shot',
      mainGaps: ['knowledge'],
      knowledgeChange: 'weekly',
      qualityPct: '70',
      evals: 'automated',
    },
    adopt: 'U0ADA',
  },
  {
    user: 'U0ADA',
    channel: 'C0MLTEAM',
    answers: {
      task: 'Extract invoice number, date, total and VAT id from supplier invoices',
      taskType: 'extraction',
      promptingMaturity: 'few_shot',
      mainGaps: ['format', 'cost'],
      qualityPct: '88',
      labeledExamples: '4000',
      evals: 'automated',
      consistency: 'strict',
      monthlyCalls: '2000000',
      staticPromptTokens: '3500',
      mlCapacity: 'dedicated',
    },
  },
  {
    user: 'U0CHLOE',
    channel: 'C0MLTEAM',
    answers: {
      task: 'Write first-draft release notes from merged pull request titles',
      taskType: 'generation',
      promptingMaturity: 'basic',
      mainGaps: ['style'],
      evals: 'manual',
    },
    adopt: 'U0CHLOE',
  },
  {
    user: 'U0BEN',
    channel: 'C0MODELREVIEW',
    answers: {
      task: 'Triage security incident reports by severity',
      taskType: 'classification',
      promptingMaturity: 'basic',
      mainGaps: ['edge_cases'],
      dataSensitivity: 'regulated',
      safetyCritical: 'yes',
    },
  },
];

/** The view.state.values a person filling `blocks` with `answers` would send. */
function formValues(blocks: KnownBlock[], answers: Answers): StateValues {
  const values: StateValues = {};
  for (const b of blocks) {
    if (b.type !== 'input' || !b.block_id) continue;
    const el = b.element as { type: string; action_id: string; options?: { value: string }[] };
    const answer = answers[b.block_id];
    const picked = (v: string) => (Array.isArray(answer) ? answer.includes(v) : Boolean(answer));
    const state =
      el.type === 'checkboxes'
        ? { selected_options: (el.options ?? []).filter((o) => picked(o.value)) }
        : el.type === 'static_select' || el.type === 'radio_buttons'
          ? { selected_option: answer ? { value: String(answer) } : null }
          : { value: Array.isArray(answer) ? null : (answer ?? null) };
    values[b.block_id] = { [el.action_id]: { type: el.type, ...state } };
  }
  return values;
}

/** What `find` returns once the workspace holds it, or undefined after `ms`. */
async function until<T>(
  ws: Workspace,
  find: () => T | undefined,
  ms = 5000,
): Promise<T | undefined> {
  const deadline = Date.now() + ms;
  let seen = -1;
  for (;;) {
    const found = find();
    if (found !== undefined || Date.now() >= deadline) return found;
    seen = await ws.nextVersion(seen, deadline - Date.now());
  }
}

function buttonIn(blocks: KnownBlock[], actionId: string): ActionInput | undefined {
  for (const b of blocks) {
    if (b.type !== 'actions') continue;
    for (const el of b.elements)
      if (el.type === 'button' && el.action_id === actionId)
        return {
          action_id: actionId,
          block_id: b.block_id ?? '',
          type: 'button',
          ...(el.value ? { value: el.value } : {}),
        };
  }
  return undefined;
}

/** Asks each example through the app; returns how many decisions it recorded. */
export async function seedExamples(ws: Workspace, bolt: BoltRequests): Promise<number> {
  let added = 0;
  for (const ex of EXAMPLES) {
    const person = ws.person(ex.user);
    if (!person) continue;
    const before = ws.messages.length;
    await bolt.command(person, ex.channel, '/finetune-or-prompt', String(ex.answers.task));
    const asked = await until(ws, () => ws.stack(person.id).views.at(-1));
    if (!asked) continue;
    const view = await withDetails(ws, bolt, person, asked, ex.answers);
    const reply = await bolt.submit(person, formValues(view.blocks as KnownBlock[], ex.answers));
    applySubmissionAck(ws, person.id, reply.body);
    const posted = await until(ws, () =>
      ws.messages.slice(before).find((m) => m.channel === ex.channel && !m.ephemeralFor),
    );
    if (!posted) continue;
    added += 1;
    const adopter = ws.person(ex.adopt ?? '');
    const adopt = buttonIn((posted.blocks ?? []) as KnownBlock[], ACTIONS.adopt);
    if (adopter && adopt) await adoptAs(ws, bolt, adopter, posted, adopt, ex.adopt !== ex.user);
  }
  return added;
}

/** The form with its details showing, when the answers include any: Add details is pressed. */
async function withDetails(
  ws: Workspace,
  bolt: BoltRequests,
  person: Person,
  view: StoredView,
  answers: Answers,
): Promise<StoredView> {
  const add = buttonIn(view.blocks as KnownBlock[], ACTIONS.addDetails);
  if (!add || !DETAIL_FIELDS.some((f) => answers[f] !== undefined)) return view;
  await bolt.viewAction(person, view.id, add, formValues(view.blocks as KnownBlock[], answers));
  const shows = (v: StoredView | undefined) =>
    v?.blocks.some((b) => b.block_id === DETAIL_FIELDS[0]) ? v : undefined;
  return (await until(ws, () => shows(ws.stack(person.id).views.at(-1)))) ?? view;
}

/** Adopt, as a person would: someone else's decision asks first, in a note only they see. */
async function adoptAs(
  ws: Workspace,
  bolt: BoltRequests,
  person: Person,
  posted: Message,
  adopt: ActionInput,
  someoneElses: boolean,
): Promise<void> {
  const before = ws.messages.length;
  await bolt.messageAction(person, posted, adopt);
  if (!someoneElses) return;
  const note = await until(ws, () =>
    ws.messages
      .slice(before)
      .find(
        (m) =>
          m.ephemeralFor === person.id && buttonIn((m.blocks ?? []) as KnownBlock[], ACTIONS.adopt),
      ),
  );
  const go = note && buttonIn((note.blocks ?? []) as KnownBlock[], ACTIONS.adopt);
  if (note && go) await bolt.messageAction(person, note, go);
}
