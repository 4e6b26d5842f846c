import { malformedRequests } from '../reliability/support/malformed.js';
import { startHarness } from '../support/harness.js';
import { signedHeaders } from '../support/slack-requests.js';

/** Malformed signed requests against the app in this process: what it answered and logged. */
export async function benchMalformed(): Promise<void> {
  let unhandled = 0;
  const count = () => void unhandled++;
  // An unhandled rejection would end the app's process; here it is counted instead.
  process.on('unhandledRejection', count);
  const h = await startHarness();
  const requests = malformedRequests(h.fake.responseUrl('malformed'));
  const statuses = new Map<string, number>();
  for (let i = 0; i < requests.length; i += 50) {
    const batch = requests.slice(i, i + 50).map(async (r) => {
      const sent = h.send(r.body, signedHeaders(r.body, undefined, undefined, r.contentType));
      const late = new Promise<{ status: string }>((ok) =>
        setTimeout(() => ok({ status: 'none in 6 s' }), 6_000),
      );
      const { status } = await Promise.race([sent, late]).catch(() => ({ status: 'dropped' }));
      statuses.set(String(status), (statuses.get(String(status)) ?? 0) + 1);
    });
    await Promise.all(batch);
  }
  const lines = (re: RegExp) => h.logs.filter((l) => re.test(l)).length;
  console.log(
    `\nmalformed signed requests: ${requests.length} (each field missing, mistyped, huge)`,
  );
  console.log(`  answers: ${[...statuses].map(([s, n]) => `${s} x${n}`).join(', ')}`);
  console.log(`  unhandled rejections (each ends the process): ${unhandled}`);
  console.log(
    `  log: ${lines(/ ERROR /)} error lines (${lines(/ ERROR [\s\S]*ZodError/)} ZodError), ${lines(/\n\s+at /)} stack traces, ${lines(/ WARN /)} warnings`,
  );
  process.off('unhandledRejection', count);
  await h.close();
}
