/**
 * Folders under src/ import one way: when a folder imports another, the other does not import it back. Imports of
 * entities are the exception, because TypeORM relations point both ways (docs/development.md, "Which folder may
 * import which").
 */
import { folderImportTable, folderImports, twoWayPairs } from '../support/folder-imports';

/**
 * The pairs that still import each other, each with what keeps it. The list can only shrink: when a pair no longer
 * imports both ways, take it off.
 */
const REMAINING: Record<string, string> = {
  // Sign-in reads users (auth.service.ts, the account page), while users' routes declare auth's policies and hash
  // with its password hasher. It goes when sign-in and the account page stand apart from the policies.
  'auth↔users': 'sign-in reads users',
  // Setting up a council makes its first administrator, and the partnership pages list partners' people, while the
  // users' pages offer the council's partner organisations. It goes when partner organisations have their own folder.
  'authorities↔users': 'councils make users; users belong to partners',
};

describe('imports between the folders under src/', () => {
  const edges = folderImports();

  it('reads the imports of every folder, entities apart', () => {
    const count = (from: string, to: string) => edges.find((edge) => edge.from === from && edge.to === to);
    expect(count('reports', 'rag')?.imports).toBeGreaterThan(0);
    expect(count('plans', 'common')?.imports).toBeGreaterThan(0);
    expect(count('rag', 'plans')).toMatchObject({ imports: 0, entityImports: expect.any(Number) });
    expect(count('rag', 'plans')?.entityImports).toBeGreaterThan(0);
  });

  it('go one way, apart from entities and the pairs that remain', () => {
    expect([...twoWayPairs(edges)].sort()).toEqual(Object.keys(REMAINING).sort());
  });

  it('never go from common/ or domain/ up to a capability', () => {
    const lowest = new Map([
      ['common', ['config', 'database', 'domain']],
      ['domain', []],
    ]);
    for (const [folder, allowed] of lowest) {
      const upward = edges.filter((edge) => edge.from === folder && edge.imports > 0 && !allowed.includes(edge.to));
      expect(upward.map((edge) => `${edge.from}→${edge.to}`)).toEqual([]);
    }
  });

  it('can print the table in docs/development.md', () => {
    const table = folderImportTable(edges);
    if (process.env.PRINT_FOLDER_IMPORTS) console.log(table);
    const folders = new Set(edges.flatMap((edge) => [edge.from, edge.to]));
    expect(table.split('\n').length).toBe(folders.size + 2);
  });
});
