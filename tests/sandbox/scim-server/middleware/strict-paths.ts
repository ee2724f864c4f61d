// Trelica routes exactly: scimmy would answer /users, /Users/ and /Groups-less extras such as
// /Bulk or /Me. A Base URL pasted with a wrong case or a trailing slash must fail here as it
// fails against the real server.
import type { RequestHandler } from 'express';
import { sendScimError } from '../scim-error';
import { SCIM_MOUNT } from '../state';

interface Route {
  pattern: RegExp;
  methods: readonly string[];
}

const ROUTES: readonly Route[] = [
  { pattern: /^\/Users$/, methods: ['GET', 'HEAD', 'POST'] },
  { pattern: /^\/Users\/[^/]+$/, methods: ['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE'] },
  { pattern: /^\/ServiceProviderConfig$/, methods: ['GET', 'HEAD'] },
  { pattern: /^\/(Schemas|ResourceTypes)(\/[^/]+)?$/, methods: ['GET', 'HEAD'] },
];

export function strictPaths(): RequestHandler {
  return (req, res, next) => {
    // Express matches mount paths without regard to case, and swallows a doubled slash after
    // the mount (".../v2//Users", a Base URL pasted with its trailing "/"): check the path as
    // the client spelled it.
    const asSent = req.originalUrl.split('?')[0] === `${req.baseUrl}${req.path}`;
    const route = asSent && req.baseUrl.endsWith(SCIM_MOUNT) ? ROUTES.find((r) => r.pattern.test(req.path)) : undefined;
    if (!route) {
      sendScimError(res, 404, `No endpoint at ${req.originalUrl.split('?')[0]}`);
      return;
    }
    if (!route.methods.includes(req.method)) {
      res.set('Allow', route.methods.join(', '));
      sendScimError(res, 405, `${req.method} is not allowed on ${req.path}`);
      return;
    }
    next();
  };
}
