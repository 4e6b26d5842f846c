import { readFileSync } from 'node:fs';
import type { InputBlock, KnownBlock, View } from '@slack/types';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const schema = JSON.parse(
  readFileSync(new URL('../fixtures/slack-block-kit.schema.json', import.meta.url), 'utf8'),
);
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
const blocksValidator = ajv.compile(schema);
const modalValidator = ajv.getSchema(`${schema.$id}#/$defs/modal_view`);
const homeValidator = ajv.getSchema(`${schema.$id}#/$defs/home_view`);

function uniqueBlockIds(blocks: readonly KnownBlock[]): string[] {
  const ids = blocks.map((b) => b.block_id).filter((id): id is string => Boolean(id));
  const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
  return dupes.map((id) => `duplicate block_id ${id}`);
}

const errorsOf = (v: { errors?: unknown[] | null }) =>
  (v.errors ?? []).map((e) => JSON.stringify(e)).slice(0, 5);

/** Problems Slack would reject a message's blocks for; empty when valid. */
export function messageProblems(blocks: readonly KnownBlock[]): string[] {
  const problems = blocksValidator(blocks) ? [] : errorsOf(blocksValidator);
  if (blocks.length > 50) problems.push(`${blocks.length} blocks in a message (max 50)`);
  return [...problems, ...uniqueBlockIds(blocks)];
}

/** Problems Slack would reject a modal or Home tab for; empty when valid. */
export function viewProblems(view: View): string[] {
  const validator = view.type === 'home' ? homeValidator : modalValidator;
  if (!validator) throw new Error('Block Kit schema lacks the view definitions');
  const problems = validator(view) ? [] : errorsOf(validator);
  return [...problems, ...uniqueBlockIds(view.blocks as KnownBlock[])];
}

/**
 * Where Slack draws each block that not every surface takes, as the schema's descriptions
 * and Slack's block reference say (the schema itself does not enforce it).
 */
const ONLY_ON: Record<string, readonly string[]> = {
  table: ['message'],
  data_table: ['message'],
  data_visualization: ['message', 'home'],
  container: ['message', 'home'],
  file: [],
};

/** Blocks the surface does not take, and the per-message limits on tables and charts. */
export function surfaceProblems(s: View | { kind: 'message'; blocks: readonly KnownBlock[] }) {
  const surface = 'kind' in s ? 'message' : s.type;
  const types = (s.blocks as { type: string }[]).map((b) => b.type);
  const problems = types
    .filter((t) => ONLY_ON[t] && !ONLY_ON[t]?.includes(surface))
    .map((t) => `${t} is not allowed in a ${surface}`);
  if (surface === 'message') {
    if (types.filter((t) => t === 'table' || t === 'data_table').length > 1)
      problems.push('only one table in a message');
    if (types.filter((t) => t === 'data_visualization').length > 2)
      problems.push('at most two charts in a message');
  }
  return problems;
}

/** The input block `blockId` of a view, if it has one. */
export function inputOf(view: View, blockId: string): InputBlock | undefined {
  return view.blocks.find((b): b is InputBlock => b.type === 'input' && b.block_id === blockId);
}

/** What an input of the view is prefilled with (text and number inputs). */
export function initialValueOf(view: View, blockId: string): string | undefined {
  const element = inputOf(view, blockId)?.element;
  return element && 'initial_value' in element ? String(element.initial_value) : undefined;
}
