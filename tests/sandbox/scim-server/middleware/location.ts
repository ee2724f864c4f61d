// scimmy-routers answers 201 without a Location header (RFC 7644 3.3 wants one).
import type { Request, RequestHandler, Response } from 'express';

/** The origin the client used, e.g. http://127.0.0.1:PORT or https://app.trelica.com. */
export function originOf(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

function idOf(body: unknown): string | undefined {
  const id = body !== null && typeof body === 'object' ? (body as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

export function locationOnCreate(): RequestHandler {
  return (req, res, next) => {
    if (req.method === 'POST' && req.path === '/Users') {
      // Captured now: Express rewrites req.baseUrl while the request descends into routers.
      const usersUrl = `${originOf(req)}${req.baseUrl}/Users`;
      const send = res.send.bind(res);
      res.send = ((body?: unknown) => {
        const id = idOf(body);
        if (res.statusCode === 201 && id !== undefined) res.location(`${usersUrl}/${id}`);
        return send(body);
      }) as Response['send'];
    }
    next();
  };
}
