import { describe, expect, it } from 'vitest';
import { type Import, importsOf, sourceFiles } from './support/import-graph.js';

/** Who may not import what, and why. A type-only import is allowed where `types` says so. */
const RULES: { from: RegExp; to: RegExp; types: boolean; why: string }[] = [
  {
    from: /^src\/listeners\//,
    to: /^src\/store\//,
    types: true,
    why: 'a listener calls a decision service, which does the store work',
  },
  {
    from: /^src\/reminders\//,
    to: /^src\/store\//,
    types: true,
    why: 'the follow-up loop works through the decision services',
  },
  {
    from: /^blocks\//,
    to: /^src\/(?!engine\/|domain\/)|^@slack\/(?!types$)/,
    types: false,
    why: 'blocks are pure builders: only the engine and the domain module',
  },
  {
    from: /^src\/engine\//,
    to: /^src\/(?!engine\/)|^blocks\/|^@slack\/|^drizzle-orm|^better-sqlite3/,
    types: false,
    why: 'the engine is pure: nothing from the store, Slack or config',
  },
  { from: /^src\/domain\//, to: /./, types: false, why: 'the domain module imports nothing' },
  {
    from: /^src\/store\//,
    to: /^src\/(?!store\/|engine\/|domain\/)|^blocks\//,
    types: false,
    why: 'the store knows its rules and types, never its callers',
  },
  {
    from: /^src\/decisions\//,
    to: /^src\/(listeners|reminders)\/|^src\/app\.ts$/,
    types: false,
    why: 'services are called by listeners and the loop, never the other way',
  },
];

function violations(imports: Import[]): string[] {
  return imports.flatMap((i) =>
    RULES.filter((r) => r.from.test(i.from) && r.to.test(i.to) && !(r.types && i.typeOnly)).map(
      (r) => `${i.from} -> ${i.to}: ${r.why}`,
    ),
  );
}

const root = new URL('..', import.meta.url).pathname;
const project = [...sourceFiles(root)].flatMap(([file, text]) => importsOf(file, text));

describe('import direction', () => {
  it('reads the imports of the source files', () => {
    expect(project.filter((i) => i.from === 'src/app.ts').map((i) => i.to)).toContain(
      'src/listeners/index.ts',
    );
    expect(project.some((i) => i.from.startsWith('src/listeners/') && i.typeOnly)).toBe(true);
  });

  it('has no import that runs the wrong way', () => {
    expect(violations(project)).toEqual([]);
  });

  it('catches a listener reaching the store, and lets a type through', () => {
    const file = 'src/listeners/actions/x.ts';
    const text = [
      "import type { Decision } from '../../store/schema.js';",
      "import { type DB } from '../../store/db.js';",
      "import {\n  getDecision,\n} from '../../store/decisions.js';",
      "export { listEvents } from '../../store/events.js';",
    ].join('\n');
    expect(violations(importsOf(file, text))).toEqual([
      `${file} -> src/store/decisions.ts: ${RULES[0]?.why}`,
      `${file} -> src/store/events.ts: ${RULES[0]?.why}`,
    ]);
  });

  it('catches a block importing beyond the engine and the domain module', () => {
    const text =
      "import { x } from '../src/domain/index.js';\nimport { y } from '../src/store/db.js';";
    expect(violations(importsOf('blocks/b.ts', text))).toHaveLength(1);
  });
});
