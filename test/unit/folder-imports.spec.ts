/**
 * Folders under src/ import one way: when a folder imports another, the other does not import it back. Imports of
 * entities are the exception, because TypeORM relations point both ways (docs/development.md, "Which folder may
 * import which").
 */
import { folderImportTable, folderImports, twoWayPairs } from '../support/folder-imports';

describe('imports between the folders under src/', () => {
  const edges = folderImports();

  it('reads the imports of every folder, entities apart', () => {
    const count = (from: string, to: string) => edges.find((edge) => edge.from === from && edge.to === to);
    expect(count('reports', 'rag')?.imports).toBeGreaterThan(0);
    expect(count('plans', 'common')?.imports).toBeGreaterThan(0);
    expect(count('rag', 'plans')).toMatchObject({ imports: 0, entityImports: expect.any(Number) });
    expect(count('rag', 'plans')?.entityImports).toBeGreaterThan(0);
  });

  it('go one way, apart from entities', () => {
    expect(twoWayPairs(edges)).toEqual([]);
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
