import { z } from 'zod';
import { ACTIONS, COMMANDS, VIEWS } from '../../blocks/ids.js';

// The fields Bolt and the listeners read from each kind of request the app answers. A signed
// request that does not have them is refused here, before any listener runs.

const id = z.string().min(1).max(255);
/** Slack's own limits are far lower; this only keeps hostile sizes out. */
const text = z.string().max(40_000);

const Command = z.object({
  command: z.enum(Object.values(COMMANDS)),
  text: z.string(),
  user_id: id,
  channel_id: id,
  team_id: id,
  trigger_id: id,
  response_url: z.url().max(2_000),
});

const User = z.object({ id, team_id: id.optional() });
const Team = z.object({ id }).nullable().optional();

const KNOWN_ACTIONS = Object.values(ACTIONS);
/** An action id the app answers: one of its own, or one with a suffix (the page of a list). */
const ActionId = z
  .string()
  .max(255)
  .refine(
    (a) => KNOWN_ACTIONS.some((k) => a === k || a.startsWith(`${k}_`)),
    'not an action of this app',
  );

const BlockActions = z
  .object({
    type: z.literal('block_actions'),
    user: User,
    team: Team,
    trigger_id: id.optional(),
    response_url: z.url().max(2_000).optional(),
    container: z.record(z.string(), z.unknown()).optional(),
    channel: z.object({ id }).optional(),
    actions: z
      .array(z.object({ action_id: ActionId, value: text.optional() }))
      .min(1)
      .max(25),
  })
  .refine((b) => b.container?.type !== 'message' || b.response_url !== undefined, {
    message: 'a click on a message comes with a response_url',
    path: ['response_url'],
  });

const View = z.object({
  id,
  hash: z.string().max(255).optional(),
  callback_id: z.enum(Object.values(VIEWS)),
  private_metadata: z.string().max(3_000),
  state: z.object({
    values: z.record(z.string(), z.record(z.string(), z.record(z.string(), z.unknown()))),
  }),
});

const ViewSubmission = z.object({
  type: z.literal('view_submission'),
  user: User,
  team: Team,
  view: View,
  response_urls: z.array(z.object({ response_url: z.url().max(2_000) })).optional(),
});

const Event = z.object({
  type: z.literal('event_callback'),
  event_id: id,
  team_id: id.optional(),
  authorizations: z.array(z.object({ team_id: id.nullable().optional() })).optional(),
  event: z.object({ type: z.literal('app_home_opened'), user: id, tab: z.string().optional() }),
});

const Payload = z.discriminatedUnion('type', [BlockActions, ViewSubmission, Event]);

/** What is wrong with a request body the app would act on, or undefined when it is fine. */
export function requestProblem(body: unknown): string | undefined {
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    return `the body is ${body === null ? 'null' : Array.isArray(body) ? 'an array' : typeof body}, not an object`;
  const b = body as Record<string, unknown>;
  // Slack's own checks (ssl_check, url_verification) are answered by Bolt.
  if (b.ssl_check !== undefined || b.type === 'url_verification') return undefined;
  const kind = 'command' in b ? Command : Payload;
  const result = kind.safeParse(body);
  return result.success ? undefined : describeIssues(result.error);
}

/** One line naming each field that is wrong (at most three). */
export function describeIssues(error: z.ZodError): string {
  const issues = error.issues.slice(0, 3).map((i) => {
    const path = i.path.length ? i.path.join('.') : '(body)';
    return `${path}: ${i.message}`;
  });
  const more = error.issues.length > 3 ? ` (+${error.issues.length - 3} more)` : '';
  return `${issues.join('; ')}${more}`;
}
