import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

export interface Import {
  from: string;
  /** A project path (`src/store/db.ts`) for a relative import, else the package name. */
  to: string;
  /** Erased at run time: `import type`, or every name imported is marked `type`. */
  typeOnly: boolean;
}

// `import ... from 'x'`, `export ... from 'x'`, `import 'x'` and `import('x')`; the part
// between the keyword and `from` never holds a `;`, so one match never spans two statements.
const STATIC = /(?:^|[\n;])\s*(import|export)\s+(type\s+)?([^;'"]*?)\s*from\s*['"]([^'"]+)['"]/g;
const BARE = /(?:^|[\n;])\s*import\s*['"]([^'"]+)['"]/g;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

const allTypes = (names: string) => {
  const inner = names.match(/^\{([\s\S]*)\}$/)?.[1];
  const parts =
    inner
      ?.split(',')
      .map((p) => p.trim())
      .filter(Boolean) ?? [];
  return parts.length > 0 && parts.every((p) => p.startsWith('type '));
};

function target(file: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  return normalize(join(dirname(file), spec)).replace(/\.js$/, '.ts');
}

/** Every import of one source file. */
export function importsOf(file: string, text: string): Import[] {
  const found: Import[] = [];
  for (const m of text.matchAll(STATIC)) {
    const [, , typeWord, names = '', spec = ''] = m;
    found.push({
      from: file,
      to: target(file, spec),
      typeOnly: Boolean(typeWord) || allTypes(names),
    });
  }
  for (const m of [...text.matchAll(BARE), ...text.matchAll(DYNAMIC)]) {
    found.push({ from: file, to: target(file, m[1] ?? ''), typeOnly: false });
  }
  return found;
}

/** The project's source files (`src/`, `blocks/`), as paths from the root, with their text. */
export function sourceFiles(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts'))
        files.set(relative(root, path), readFileSync(path, 'utf8'));
    }
  };
  for (const dir of ['src', 'blocks']) walk(join(root, dir));
  return files;
}
