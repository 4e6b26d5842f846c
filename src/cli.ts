import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { describeIssues } from './cli/profile-errors.js';
import { formatReport } from './cli/report.js';
import { assess, PriceTable, TaskProfile } from './engine/index.js';

const USAGE = `Usage: npm run --silent assess -- [--json] [--profile FILE] [--prices FILE]
Reads a TaskProfile as JSON from FILE or standard input and prints the assessment.
  --json         print the Assessment as JSON instead of a report
  --profile FILE read the profile from FILE
  --prices FILE  use your own price table (same shape as src/engine/prices.json)
Exit codes: 0 assessed, 2 bad input (every bad field is named on stderr).`;

class InputError extends Error {}

function readJson(path: string | undefined, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path ?? 0, 'utf8');
  } catch (e) {
    throw new InputError(
      `cannot read ${what} ${path ?? 'from standard input'}: ${(e as Error).message}`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InputError(`${what} is not valid JSON: ${(e as Error).message}`);
  }
}

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new InputError(
    `invalid ${what}:\n${describeIssues(result.error)
      .map((l) => `  ${l}`)
      .join('\n')}`,
  );
}

const parseOptions = (args: string[]) =>
  parseArgs({
    args,
    options: {
      json: { type: 'boolean' },
      profile: { type: 'string' },
      prices: { type: 'string' },
      help: { type: 'boolean' },
    },
  });

function main(argv: string[]): number {
  let args: ReturnType<typeof parseOptions>;
  try {
    args = parseOptions(argv);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    const raw = readJson(args.values.profile, 'profile');
    parse(TaskProfile, raw, 'profile');
    const prices = args.values.prices
      ? parse(PriceTable, readJson(args.values.prices, 'price table'), 'price table')
      : undefined;
    const assessment = assess(raw as TaskProfile, prices ? { prices } : {});
    process.stdout.write(
      args.values.json ? `${JSON.stringify(assessment, null, 2)}\n` : formatReport(assessment),
    );
    return 0;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    process.stderr.write(`${e.message}\n`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
