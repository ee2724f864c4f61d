// scimmy-routers behind our own front middleware: by the time a request reaches it, the path
// is known-good and the caller authenticated, so its own auth handler only names the client.
import express, { type ErrorRequestHandler, type Router } from 'express';
import SCIMMY from 'scimmy';
import SCIMMYRouters from 'scimmy-routers';
import { originOf } from './middleware/location';
import { SCIM_CONTENT_TYPE, sendScimError } from './scim-error';
import { declareUserResource } from './user-handlers';
import type { UserStore } from './user-store';

export function scimRouter(store: UserStore): Router {
  declareUserResource();
  // Each SCIMMYRouters appends its scheme to the process-wide config: start from none.
  SCIMMY.Config.set({ authenticationSchemes: [] });
  const router = new SCIMMYRouters({
    type: 'bearer',
    handler: () => 'scim-client',
    context: () => store,
    baseUri: (req) => originOf(req),
  });
  // Trelica has no Bulk endpoint.
  SCIMMY.Config.set({ bulk: false });
  // scimmy sets its content type only after parsing the body: a JSON syntax error would go out as application/json.
  return express.Router().use(
    (_req, res, next) => {
      res.type(SCIM_CONTENT_TYPE);
      next();
    },
    router as unknown as Router,
  );
}

/**
 * scimmy answers its own errors and then passes 5xx ones on; Express's default handler would
 * then destroy the socket of an answered request. Answer what is unanswered, swallow the rest.
 */
export const lastErrorHandler: ErrorRequestHandler = (_err, _req, res, _next) => {
  if (!res.headersSent) sendScimError(res, 500, 'An unexpected error occurred');
};
