import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { describeIssues } from './profile-errors.js';

export class InputError extends Error {}

export function readText(path: string | undefined, what: string): string {
  try {
    return readFileSync(path ?? 0, 'utf8');
  } catch (e) {
    throw new InputError(
      `cannot read ${what} ${path ?? 'from standard input'}: ${(e as Error).message}`,
    );
  }
}

export function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InputError(`${what} is not valid JSON: ${(e as Error).message}`);
  }
}

export function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new InputError(
    `invalid ${what}:\n${describeIssues(result.error)
      .map((l) => `  ${l}`)
      .join('\n')}`,
  );
}
