// The mutable state of one Trelica-like server, shared by its middleware.
import type { HoldBook } from './middleware/holds';
import type { LogEntry } from './middleware/request-log';
import type { Fault } from './types';
import type { UserStore } from './user-store';

export const SCIM_MOUNT = '/api/scim/v2';

export interface ServerState {
  readonly token: string;
  scimEnabled: boolean;
  fault: Fault | null;
  readonly log: LogEntry[];
  readonly holds: HoldBook;
  readonly store: UserStore;
}
