/**
 * Which top-level folder under src/ imports which, read from the source files themselves (no TypeScript compiler,
 * so it runs in a moment). A relative import is resolved to a file and named by the folder it sits in directly
 * under src/: src/plans/clock/bank-holidays.ts belongs to `plans`. A file directly in src/ (the app module, the
 * command) stands alone, named by its file name: `app.ts`.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export const SRC = resolve(__dirname, '../../src');

/** One folder's imports of another, counted in import statements. */
export interface FolderEdge {
  from: string;
  to: string;
  /** Imports of anything but an entity. */
  imports: number;
  /** Imports of `*.entity` files: the back-references TypeORM relations need, which may point either way. */
  entityImports: number;
}

const SPECIFIERS = [
  /\bfrom\s+['"]([^'"]+)['"]/g,
  /\bimport\s+['"]([^'"]+)['"]/g,
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g,
];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function topFolder(file: string): string {
  const parts = relative(SRC, file).split(sep);
  return parts[0];
}

function resolveImport(fromFile: string, specifier: string): string | undefined {
  const base = resolve(dirname(fromFile), specifier);
  for (const candidate of [`${base}.ts`, join(base, 'index.ts'), base]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** Every folder → folder import under src/, with entity imports counted apart. */
export function folderImports(): FolderEdge[] {
  const edges = new Map<string, FolderEdge>();
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    const specifiers = new Set<string>();
    for (const pattern of SPECIFIERS) {
      for (const match of text.matchAll(pattern)) {
        if (match[1].startsWith('.')) specifiers.add(match[1]);
      }
    }
    for (const specifier of specifiers) {
      const target = resolveImport(file, specifier);
      if (!target || !target.startsWith(SRC + sep)) continue;
      const from = topFolder(file);
      const to = topFolder(target);
      if (from === to) continue;
      const key = `${from}→${to}`;
      const edge = edges.get(key) ?? { from, to, imports: 0, entityImports: 0 };
      if (/\.entity\.ts$/.test(target)) edge.entityImports++;
      else edge.imports++;
      edges.set(key, edge);
    }
  }
  return [...edges.values()].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}

/** Pairs of folders that import each other, not counting entity imports, as `a↔b` with a before b. */
export function twoWayPairs(edges: FolderEdge[]): string[] {
  const importing = new Set(edges.filter((edge) => edge.imports > 0).map((edge) => `${edge.from}→${edge.to}`));
  return edges
    .filter((edge) => edge.imports > 0 && edge.from < edge.to && importing.has(`${edge.to}→${edge.from}`))
    .map((edge) => `${edge.from}↔${edge.to}`);
}

/** A Markdown table: each folder, and the folders it imports with the number of imports (entity imports apart). */
export function folderImportTable(edges: FolderEdge[]): string {
  const folders = [...new Set(edges.flatMap((edge) => [edge.from, edge.to]))].sort();
  const rows = folders.map((folder) => {
    const out = edges.filter((edge) => edge.from === folder);
    const imports = out
      .filter((edge) => edge.imports > 0)
      .map((edge) => `${edge.to} ${edge.imports}`)
      .join(', ');
    const entities = out
      .filter((edge) => edge.entityImports > 0)
      .map((edge) => `${edge.to} ${edge.entityImports}`)
      .join(', ');
    return `| ${folder} | ${imports || '—'} | ${entities || '—'} |`;
  });
  return [
    '| Folder | Imports from (count) | Entity imports from (count) |',
    '| ------ | -------------------- | --------------------------- |',
    ...rows,
  ].join('\n');
}
