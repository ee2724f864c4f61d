// The mutable state of one Trelica-like server, shared by its middleware.
import type { Fault, LoggedRequest } from './types';
import type { UserStore } from './user-store';

export const SCIM_MOUNT = '/api/scim/v2';

export interface ServerState {
  readonly token: string;
  scimEnabled: boolean;
  fault: Fault | null;
  readonly log: LoggedRequest[];
  readonly store: UserStore;
}
