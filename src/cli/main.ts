import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { assess, Catalogue, TaskProfile } from '../engine/index.js';
import { InputError, parse, parseJson, readText } from './input.js';
import { assessLines } from './jsonl.js';
import { formatReport } from './report.js';

const USAGE = `Usage: npm run --silent assess -- [--json | --jsonl] [--profile FILE] [--prices FILE] [--as-of DATE]
Reads a task profile as JSON from FILE or standard input and prints the assessment.
  --json         print the Assessment as JSON instead of a report
  --jsonl        batch: one profile a line in, one Assessment a line out; a bad line
                 prints {"line": N, "errors": [...]} and the others are still assessed
  --profile FILE read the profile (or, with --jsonl, the profiles) from FILE
  --prices FILE  use your own provider catalogue (same shape as src/engine/catalogue.json)
  --as-of DATE   assess as of this date, YYYY-MM-DD (default: today, UTC)
Exit codes: 0 assessed, 2 bad input (every bad field is named on stderr; with --jsonl, at
the end, after the valid lines were assessed).`;

const parseOptions = (args: string[]) =>
  parseArgs({
    args,
    options: {
      json: { type: 'boolean' },
      jsonl: { type: 'boolean' },
      profile: { type: 'string' },
      prices: { type: 'string' },
      'as-of': { type: 'string' },
      help: { type: 'boolean' },
    },
  });

/** Writes, and waits while the reader catches up. */
async function write(s: string): Promise<void> {
  if (!process.stdout.write(s)) await once(process.stdout, 'drain');
}

async function run(values: ReturnType<typeof parseOptions>['values']): Promise<number> {
  const asOf = parse(
    z.iso.date(),
    values['as-of'] ?? new Date().toISOString().slice(0, 10),
    'date given with --as-of',
  );
  const prices = values.prices
    ? parse(
        Catalogue,
        parseJson(readText(values.prices, 'price catalogue'), 'price catalogue'),
        'price catalogue',
      )
    : undefined;
  const options = prices ? { prices, asOf } : { asOf };
  if (values.jsonl) {
    return (await assessLines(readText(values.profile, 'profiles'), options, write)) ? 0 : 2;
  }
  const raw = parseJson(readText(values.profile, 'profile'), 'profile');
  parse(TaskProfile, raw, 'profile');
  const assessment = assess(raw as TaskProfile, options);
  await write(values.json ? `${JSON.stringify(assessment, null, 2)}\n` : formatReport(assessment));
  return 0;
}

async function main(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parseOptions>;
  try {
    args = parseOptions(argv);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args.values.help) {
    await write(`${USAGE}\n`);
    return 0;
  }
  try {
    return await run(args.values);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    process.stderr.write(`${e.message}\n`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
