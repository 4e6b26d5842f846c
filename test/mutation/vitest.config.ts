import { defineConfig } from 'vitest/config';

// The tests `npm run mutate` runs against each mutant (stryker.config.json): the fast ones that
// check the mutated rules. Pure, store and unit tests, plus the few end-to-end files that reach
// wiring no unit test reaches. Long property runs, browser and process tests stay out: a
// process started by a test never runs the mutant the test process has switched on.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: [
      'test/engine/{limits,advice,catalogue,cost,rules,decide}.test.ts',
      'test/blocks/**/*.test.ts',
      'test/decisions/**/*.test.ts',
      'test/domain/**/*.test.ts',
      'test/store/{decision-queries,reminders,outbox}.test.ts',
      'test/outbox/**/*.test.ts',
      'test/reminders/**/*.test.ts',
      'test/logger.test.ts',
      'test/e2e/{app-home,time-zones,decisions-command,log-redaction}.test.ts',
      'test/reliability/private-buttons.test.ts',
    ],
    testTimeout: 20_000,
  },
});
