import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { DECISION_STATUSES } from '../../src/domain/index.js';
import { assess } from '../../src/engine/index.js';
import { openDatabase } from '../../src/store/db.js';
import { listDecisions, listQuery, type Viewer } from '../../src/store/decision-queries.js';
import { profileArb } from '../support/profiles.js';
import { percentile } from './stats.js';

const NOUNS = [
  'tickets',
  'invoices',
  'contracts',
  'emails',
  'reviews',
  'claims',
  'orders',
  'resumes',
  'receipts',
  'policies',
  'transcripts',
  'logs',
  'articles',
  'questions',
  'reports',
  'forms',
  'prescriptions',
  'listings',
  'complaints',
  'manuals',
];
const VERBS = [
  'Classify',
  'Extract fields from',
  'Summarise',
  'Translate',
  'Answer questions about',
  'Route',
  'Tag',
  'Rewrite',
  'Check',
  'Draft replies to',
];
const DOMAINS = [
  'billing',
  'support',
  'legal',
  'medical',
  'retail',
  'insurance',
  'hiring',
  'travel',
  'banking',
  'logistics',
  'energy',
  'gaming',
  'education',
  'security',
  'marketing',
  'payroll',
  'compliance',
  'warehouse',
  'catalogue',
  'onboarding',
];
const SEARCHES = [
  'invoices',
  'legal contracts',
  'support tickets',
  'medical prescriptions',
  'catalogue',
  'payroll',
  'route complaints',
  'insurance claims',
];

const pick = <T>(list: readonly T[], n: number) => list[n % list.length] as T;

/** Fills a fresh database file with `n` decisions shaped like the app's own. */
export function fill(path: string, n: number) {
  const db = openDatabase(path);
  const assessments = fc.sample(profileArb, { numRuns: 300, seed: 7 }).map((p) => {
    const a = assess(p);
    return { approach: a.approach, json: JSON.stringify(a), profile: JSON.stringify(p) };
  });
  const insert = db.$client.prepare(
    `insert into decisions (team_id, channel_id, channel_private, requester_id, task, engine_version, recommended_approach, status, message_channel, message_ts, source_key, created_at, updated_at, profile_json, assessment_json)
     values ('T1', ?, ?, ?, ?, '1.0.0', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const start = Date.UTC(2024, 0, 1);
  const batch = db.$client.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const a = pick(assessments, i * 7);
      const channel = `C${String(i % 200).padStart(4, '0')}`;
      const task = `${pick(VERBS, i)} ${pick(DOMAINS, Math.floor(i / 3))} ${pick(NOUNS, Math.floor(i / 7))} for team ${i % 97}`;
      const at = start + i * 60_000;
      insert.run(
        channel,
        i % 10 === 0 ? 1 : 0,
        `U${i % 500}`,
        task,
        a.approach,
        pick(DECISION_STATUSES, i),
        channel,
        `${at / 1000}.000100`,
        `bench-${i}`,
        at,
        at,
        a.profile,
        a.json,
      );
    }
  });
  for (let i = 0; i < n; i += 10_000) batch(i, Math.min(n, i + 10_000));
  db.$client.pragma('optimize');
  return db;
}

function time(runs: number, fn: (i: number) => unknown) {
  for (let i = 0; i < 50; i++) fn(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn(i);
    samples.push(performance.now() - t);
  }
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

export function benchDecisionLog(sizes = [100_000, 1_000_000]): void {
  console.log(
    '\n/decisions over a stored log (file database, WAL): app query vs raw better-sqlite3, same SQL',
  );
  console.log(
    `  ${'case'.padEnd(22)}${'app p50'.padStart(10)}${'app p99'.padStart(10)}${'raw p50'.padStart(10)}${'raw p99'.padStart(10)}  goal (p99)`,
  );
  for (const n of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'bench-log-'));
    const t0 = performance.now();
    const db = fill(join(dir, 'decisions.db'), n);
    const fillSeconds = ((performance.now() - t0) / 1000).toFixed(0);
    const page = { limit: 11, offset: 0 };
    const viewer = (i: number): Viewer => ({
      userId: `U${i % 500}`,
      channelId: `C${String(i % 200).padStart(4, '0')}`,
    });
    const cases = [
      {
        name: 'page (this channel)',
        goal: 5,
        filter: (i: number) => ({ channelId: viewer(i).channelId }),
      },
      { name: 'free-text search', goal: 20, filter: (i: number) => ({ text: pick(SEARCHES, i) }) },
    ];
    for (const c of cases) {
      const app = time(2000, (i) => listDecisions(db, viewer(i), c.filter(i), page));
      const raw = time(2000, (i) => {
        const q = listQuery(db, viewer(i), c.filter(i), page)?.toSQL();
        if (q) db.$client.prepare(q.sql).all(...(q.params as unknown[]));
      });
      const ms = (x: number) => `${x.toFixed(2)} ms`.padStart(10);
      console.log(
        `  ${`${c.name} @ ${n / 1000}K`.padEnd(22)}${ms(app.p50)}${ms(app.p99)}${ms(raw.p50)}${ms(raw.p99)}  <= ${c.goal} ms`,
      );
    }
    console.log(`  (${n.toLocaleString('en-US')} decisions stored in ${fillSeconds} s)`);
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
