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

/** The input block `blockId` of a view, if it has one. */
export function inputOf(view: View, blockId: string): InputBlock | undefined {
  return view.blocks.find((b): b is InputBlock => b.type === 'input' && b.block_id === blockId);
}

/** What an input of the view is prefilled with (text and number inputs). */
export function initialValueOf(view: View, blockId: string): string | undefined {
  const element = inputOf(view, blockId)?.element;
  return element && 'initial_value' in element ? String(element.initial_value) : undefined;
}
