import type { Logger, webApi } from '@slack/bolt';
import type { DecisionStatus } from '../domain/index.js';
import type { Catalogue } from '../engine/index.js';
import type { Delivered } from '../outbox/worker.js';
import type { DB } from '../store/db.js';
import type { Decision, OutboxRow } from '../store/schema.js';

/** Sends the messages a change wrote into the outbox, at once, in the order written. */
export interface Courier {
  sendNow(rows: OutboxRow[]): Promise<Delivered[]>;
}

/** What the app is built with besides its configuration and the outbox. */
export interface BaseDeps {
  db: DB;
  now: () => Date;
  /** Follow-ups are due at 10:00 in the requester's zone, or this one when Slack does not say. */
  defaultTimeZone: string;
  /** The provider catalogue from PRICES_PATH; the built-in one when absent. */
  prices?: Catalogue;
}

export interface Deps extends BaseDeps {
  outbox: Courier;
}

/** The one context every decision service takes: the deps, a Slack client and a logger. */
export interface Ctx extends Deps {
  client: webApi.WebClient;
  logger: Logger;
}

export const contextOf = (deps: Deps, client: webApi.WebClient, logger: Logger): Ctx => ({
  db: deps.db,
  now: deps.now,
  defaultTimeZone: deps.defaultTimeZone,
  outbox: deps.outbox,
  ...(deps.prices ? { prices: deps.prices } : {}),
  client,
  logger,
});

/**
 * A verb's refusal: the decision is gone, its status does not allow the change, or the
 * person is not the requester and confirms first (see `confirmsFirst`).
 */
export type Refused =
  | { ok: false; status: DecisionStatus | 'gone' }
  | { ok: false; status: 'confirm_first'; requesterId: string };

/** Who asks for a lifecycle change, and whether they confirmed acting for the requester. */
export interface ChangeInput {
  id: number;
  actorId: string;
  seen?: DecisionStatus;
  /** Confirmed in the note naming whose decision it is (or asked of anyone, like a follow-up). */
  confirmed?: boolean;
}

/** What a verb did: the change was made (with what the answer needs), or it was refused. */
export type Result<T = { decision: Decision }> = ({ ok: true } & T) | Refused;

/**
 * Told once a change is written and before the views of it are refreshed, so the person gets
 * their answer (or their modal closes, within Slack's 3 s) without waiting for the refresh.
 */
export type Accepted<T = { decision: Decision }> = (done: T) => Promise<unknown>;
