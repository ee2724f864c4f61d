// Records every request under the SCIM mount, in arrival order. Never records header values:
// only whether an Authorization header was there.
import type { Request, RequestHandler, Response } from 'express';
import type { DetailedRequest, LoggedRequest } from '../types';

/** Status of a logged request while its answer is still pending. */
export const PENDING_STATUS = 0;
/** Status of a logged request whose client went away before the answer (nginx's convention). */
export const CLIENT_GONE_STATUS = 499;

/** One logged request; its body is read from the request when asked (the parser runs later). */
export interface LogEntry {
  readonly summary: LoggedRequest;
  detailed(withHeaders?: boolean): DetailedRequest;
  /** For middleware that reads the body early and then adapts it: the body as the client sent it. */
  keepSentBody(body: unknown): void;
}

/** The JSON body, once a body parser has read it (Express 4 leaves req.body undefined before). */
function bodyOf(req: Request): unknown {
  const parsed = (req as Request & { _body?: boolean })._body === true;
  return parsed && req.body !== undefined ? structuredClone(req.body as unknown) : undefined;
}

function queryOf(url: string): Record<string, string> {
  return Object.fromEntries(new URL(url, 'http://x').searchParams);
}

/** The entry requestLog made for this exchange (later middleware reports on it). */
export function logEntryOf(res: Response): LogEntry | undefined {
  return (res.locals as { logEntry?: LogEntry }).logEntry;
}

export function requestLog(log: LogEntry[]): RequestHandler {
  return (req, res, next) => {
    const summary: LoggedRequest = {
      method: req.method,
      path: req.url,
      status: PENDING_STATUS,
      authorized: typeof req.headers.authorization === 'string',
    };
    const pathname = req.url.split('?')[0] ?? '';
    const query = queryOf(req.url);
    const header = (name: string): string | null => req.get(name) ?? null;
    const headers = { accept: header('accept'), contentType: header('content-type') };
    let sentBody: unknown;
    const entry: LogEntry = {
      summary,
      keepSentBody: (body) => {
        sentBody = structuredClone(body);
      },
      detailed: (withHeaders = false) => {
        const body = sentBody === undefined ? bodyOf(req) : structuredClone(sentBody);
        return {
          ...summary,
          pathname,
          query: { ...query },
          ...(withHeaders ? { headers: { ...headers } } : {}),
          ...(body === undefined ? {} : { body }),
        };
      },
    };
    log.push(entry);
    (res.locals as { logEntry?: LogEntry }).logEntry = entry;
    res.once('finish', () => {
      summary.status = res.statusCode;
    });
    res.once('close', () => {
      if (!res.writableFinished) summary.status = CLIENT_GONE_STATUS;
    });
    next();
  };
}
