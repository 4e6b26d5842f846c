import type { BoltRequests } from './bolt-requests.js';
import type { Workspace } from './workspace.js';

/** Filled in later. */
export async function seedExamples(_ws: Workspace, _bolt: BoltRequests): Promise<number> {
  return 0;
}
