/**
 * The English councils of the shipped council list, read and checked once per process: the list
 * a new council chooses from, and the names an imported report is matched against.
 */
import { CouncilDirectory } from './council-directory';
import { readCouncilList } from './councils';
import { readShippedFile } from './shipped-dataset';

let directory: CouncilDirectory | null = null;

export function shippedCouncilDirectory(): CouncilDirectory {
  directory ??= new CouncilDirectory(readCouncilList(readShippedFile('councils')));
  return directory;
}
