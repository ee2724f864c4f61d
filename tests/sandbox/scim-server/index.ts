// The Trelica-like SCIM 2.0 test server: the contract other tests code against.
export type {
  DetailedRequest,
  Fault,
  Hold,
  HoldEnd,
  HoldOptions,
  LoggedRequest,
  RunningTrelicaLikeScim,
  TrelicaLikeOptions,
  TrelicaLikeScim,
} from './types';
export { createTrelicaLikeScim, DEFAULT_DOMAINS } from './trelica-like-scim';
export { startTrelicaLikeServer, type StartOptions } from './http-server';
export { SCIM_MOUNT } from './state';
export { SCIM_ERROR_URN } from './scim-error';
export { AUTH_REALM } from './middleware/bearer-auth';
export { CLIENT_GONE_STATUS, PENDING_STATUS } from './middleware/request-log';
