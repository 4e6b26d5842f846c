import { buildAssessmentModal } from '../../blocks/assessment-modal.js';
import { startAppProcess } from '../reliability/support/app.js';
import { FakeSlack } from '../support/fake-slack.js';
import { ANSWERS, submission } from '../support/flow.js';
import { percentile } from './stats.js';

const view = buildAssessmentModal({}, { channel: 'C0BENCH', private: false }, true);
const RATES = [50, 100, 150, 200, 300, 400, 600, 800];
const SECONDS = 3;
const OUTAGE_BURST = 120;

async function startApp(fake: FakeSlack) {
  const proc = await startAppProcess(fake);
  let seq = 0;
  const submit = async () => {
    const body = submission(view, ANSWERS, { viewId: `VREL${++seq}` });
    const start = performance.now();
    const res = await proc.post(body).catch(() => undefined);
    await res?.arrayBuffer();
    return res?.status === 200 ? performance.now() - start : Number.POSITIVE_INFINITY;
  };
  return { proc, submit };
}

/** Submissions sent at a fixed rate (open loop) for SECONDS: the p99 of their acks. */
async function offered(submit: () => Promise<number>, rate: number) {
  const sends: Promise<number>[] = [];
  const start = performance.now();
  for (let i = 0; i < rate * SECONDS; i++) {
    const at = start + (i * 1000) / rate;
    const wait = at - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    sends.push(submit());
  }
  return percentile(await Promise.all(sends), 99);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Time from Slack answering again to the first post, and to the last person the outage owed
 * being told: the fresh recommendation posted, and each requester whose post hung (Slack may or
 * may not have it, so it is not posted again) told so by DM.
 */
async function recovery(fake: FakeSlack, submit: () => Promise<number>) {
  fake.faults.set('chat.postMessage', { hang: true });
  const posts = () => fake.callsTo('chat.postMessage').length;
  await Promise.all(Array.from({ length: OUTAGE_BURST }, submit));
  // Wait until the posts stop arriving (a client that runs fewer calls at once sends fewer).
  for (let seen = -1; seen !== posts(); ) {
    seen = posts();
    await sleep(1_000);
  }
  const hung = posts();
  const since = fake.calls.length;
  const recovered = performance.now();
  fake.faults.delete('chat.postMessage');
  const fresh = submit();
  const after = () => fake.calls.slice(since).filter((c) => c.method === 'chat.postMessage');
  const told = () =>
    new Set(
      after().flatMap(
        (c) => String(c.args.text).match(/I may not have posted decision #(\d+)/)?.[1] ?? [],
      ),
    ).size;
  const freshPosted = () => after().some((c) => c.args.channel === 'C0BENCH');
  let first = Number.NaN;
  while (performance.now() - recovered < 60_000) {
    if (Number.isNaN(first) && posts() > hung) first = performance.now() - recovered;
    if (freshPosted() && told() >= OUTAGE_BURST) break;
    await sleep(10);
  }
  await fresh;
  const drained =
    freshPosted() && told() >= OUTAGE_BURST ? performance.now() - recovered : Number.NaN;
  return { first, drained, told: told() };
}

export async function benchReliability(): Promise<void> {
  const fake = await new FakeSlack().start();
  fake.record = false;
  const load = await startApp(fake);
  // A cold process answers its first requests slowly (module loading, JIT): warm it up first.
  await offered(load.submit, RATES[0] ?? 50);
  console.log(`\nsubmissions held: ${SECONDS} s at each rate, p99 of the acks (goal: under 1 s)`);
  let held = 0;
  for (const rate of RATES) {
    const p99 = await offered(load.submit, rate);
    console.log(
      `  ${String(rate).padStart(5)}/s  p99 ack ${Number.isFinite(p99) ? `${p99.toFixed(1)} ms` : 'failed'}`,
    );
    if (p99 >= 1000) break;
    held = rate;
  }
  console.log(`  held: ${held} submissions/s with p99 ack under 1 s`);
  await load.proc.stop();

  fake.record = true;
  const outage = await startApp(fake);
  const r = await recovery(fake, outage.submit);
  const s = (ms: number) => (Number.isNaN(ms) ? 'not within 60 s' : `${(ms / 1000).toFixed(2)} s`);
  console.log(
    `\nslack outage: chat.postMessage hangs for ${OUTAGE_BURST} submissions, then answers`,
  );
  console.log(`  recovery -> first successful post: ${s(r.first)}`);
  console.log(
    `  recovery -> every person owed told (the new post sent; ${r.told} of ${OUTAGE_BURST} hung posts, which Slack may have, told by DM instead of posted twice): ${s(r.drained)}`,
  );
  await outage.proc.stop();
  await fake.stop();
}
