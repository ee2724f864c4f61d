// Records every request under the SCIM mount, in arrival order. Never records header values:
// only whether an Authorization header was there.
import type { RequestHandler } from 'express';
import type { LoggedRequest } from '../types';

/** Status of a logged request while its answer is still pending. */
export const PENDING_STATUS = 0;
/** Status of a logged request whose client went away before the answer (nginx's convention). */
export const CLIENT_GONE_STATUS = 499;

export function requestLog(log: LoggedRequest[]): RequestHandler {
  return (req, res, next) => {
    const entry: LoggedRequest = {
      method: req.method,
      path: req.url,
      status: PENDING_STATUS,
      authorized: typeof req.headers.authorization === 'string',
    };
    log.push(entry);
    res.once('finish', () => {
      entry.status = res.statusCode;
    });
    res.once('close', () => {
      if (!res.writableFinished) entry.status = CLIENT_GONE_STATUS;
    });
    next();
  };
}
