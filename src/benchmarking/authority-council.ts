/**
 * Which council in the national data an authority is. Pure: no I/O.
 *
 * By the authority's name first ("Halton Borough Council" is Halton), then by its ONS code, so that
 * an authority whose name is written unusually is still found. Kept to this one function so that
 * the order can change in one place once every authority's ONS code is chosen from the list.
 */
import type { CouncilDirectory } from './council-directory';
import type { Council } from './councils';

export function councilOfAuthority(
  directory: CouncilDirectory,
  authority: { readonly name: string; readonly onsCode?: string | null },
): Council | null {
  return directory.findCouncil(authority.name) ?? (authority.onsCode ? directory.byOnsCode(authority.onsCode) : null);
}
