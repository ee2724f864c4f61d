// Failures a real deployment shows and scimmy cannot produce (it only speaks SCIM errors with
// RFC 7644 statuses): a login redirect, an HTML page, 429, a non-SCIM JSON body, slowness.
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { LOGIN_PATH, loginPageHtml } from '../login-page';
import { sendScimError } from '../scim-error';
import type { ServerState } from '../state';

/** Waits, then lets the request through, unless its client gave up meanwhile. */
function continueLater(ms: number, res: Response, next: NextFunction): void {
  const timer = setTimeout(() => {
    res.off('close', cancel);
    if (!res.destroyed && !res.writableEnded) next();
  }, ms);
  const cancel = (): void => clearTimeout(timer);
  res.once('close', cancel);
}

export function faults(state: ServerState): RequestHandler {
  return (_req: Request, res: Response, next: NextFunction) => {
    const fault = state.fault;
    switch (fault?.kind) {
      case undefined:
        next();
        return;
      case 'slow':
        continueLater(fault.ms, res, next);
        return;
      case 'redirect-to-login':
        res.redirect(302, LOGIN_PATH);
        return;
      case 'html-login-page':
        res.status(200).type('html').send(loginPageHtml());
        return;
      case 'rate-limit':
        res.set('Retry-After', String(fault.retryAfter));
        sendScimError(res, 429, 'Too many requests: retry later');
        return;
      case 'server-error':
        sendScimError(res, 500, 'An unexpected error occurred');
        return;
      case 'forbidden':
        sendScimError(res, 403, 'This token is not allowed to use the SCIM API');
        return;
      case 'not-scim':
        res.status(200).json({ hello: 'world' });
        return;
    }
  };
}
