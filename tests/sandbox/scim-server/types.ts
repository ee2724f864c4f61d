// Public types of the Trelica-like SCIM test server (re-exported by index.ts).
import type { Express } from 'express';

export type Fault =
  | { kind: 'redirect-to-login' } // 302 to /login, whose page is HTML (Location relative to origin)
  | { kind: 'html-login-page' } // 200 text/html login page where JSON was expected
  | { kind: 'rate-limit'; retryAfter: number } // 429 with Retry-After
  | { kind: 'server-error' } // 500 (SCIM error body)
  | { kind: 'slow'; ms: number } // answers normally after ms (use it for timeouts)
  | { kind: 'not-scim' } // 200 application/json that is not SCIM, e.g. {"hello":"world"}
  | { kind: 'forbidden' }; // 403 SCIM error

export interface TrelicaLikeOptions {
  token?: string; // default: a random 40-hex token
  scimEnabled?: boolean; // default true; while false, the token answers 401 (like before "Enable SCIM")
  domains?: string[]; // domains accepted for userName/emails; default ['example.com']
  /** Whether a PATCH may set `active` with Entra ID's strings "True"/"False"; default true. */
  acceptEntraBooleanStrings?: boolean;
}

export interface LoggedRequest {
  method: string;
  /** Path and query relative to /api/scim/v2, exactly as the client sent it. */
  path: string;
  /** HTTP status answered; 499 when the client went away before the answer (nginx's convention). */
  status: number;
  /** Whether an Authorization header was present (its value is never recorded). */
  authorized: boolean;
}

/** A logged request with what a scenario asserts on beyond its summary. */
export interface DetailedRequest extends LoggedRequest {
  /** The path without its query, as sent, e.g. `/Users`. */
  pathname: string;
  /** The query's parameters, decoded; a repeated name keeps its last value. */
  query: Record<string, string>;
  /** The content headers as sent (null when absent), when asked for; never Authorization's value. */
  headers?: { accept: string | null; contentType: string | null };
  /** The JSON body (a copy), once the server has read it: POST, PUT and PATCH that passed
   *  authentication. Undefined while a request is held before acting, or when refused first. */
  body?: unknown;
}

export interface HoldOptions {
  /** e.g. 'POST'. */
  method: string;
  /** The path as sent, without query (e.g. `/Users`), or a RegExp tested on path + query. */
  path: string | RegExp;
  /**
   * 'after-acting' (default): the server does the work (a POST /Users creates the user), then
   * holds its answer. 'before-acting': holds the request before anything acts on it (not even
   * authentication), e.g. to stop a client mid-run while the server has changed nothing.
   */
  when?: 'after-acting' | 'before-acting';
}

/** How a held exchange ended. */
export type HoldEnd =
  | 'answered' // released, and the answer went out
  | 'client-gone' // the client closed the connection first (a killed browser, a stopped background)
  | 'dropped'; // reset() cut it

/** One hold: it catches the NEXT request that matches, and only that one. */
export interface Hold {
  /** Resolves when the request arrives, before the server acts on it. */
  readonly arrived: Promise<DetailedRequest>;
  /**
   * Resolves with the server's answer once it is ready: for an after-acting hold, the work is
   * done and the answer is held (a POST /Users's user exists now); for a before-acting one,
   * only after release(). Rejects when reset() withdraws a hold that caught nothing.
   */
  readonly acted: Promise<{ status: number; body: unknown }>;
  /** Resolves when the held exchange is over (see HoldEnd). */
  readonly ended: Promise<HoldEnd>;
  /** Lets the held answer (or request) go; before anything was caught, withdraws the hold. */
  release(): void;
}

export interface TrelicaLikeScim {
  /** Express 4 app that serves the SCIM API under /api/scim/v2 (mountable into another app/HTTPS server). */
  app: Express;
  token: string;
  setScimEnabled(on: boolean): void;
  setDomains(domains: string[]): void;
  /** Creates a user directly (bypassing HTTP); returns its 32-hex id. */
  addUser(user: { userName: string; givenName?: string; familyName?: string }): string;
  users(): Array<{ id: string; userName: string; active: boolean }>;
  /** Applies to every later request under /api/scim/v2 until cleared with null. */
  setFault(fault: Fault | null): void;
  /** Every request seen: method, path+query (relative to /api/scim/v2), status, whether Authorization was present. */
  requests(): LoggedRequest[];
  /** The same log with each request's pathname, query and JSON body (and its content headers, when asked). */
  detailedRequests(options?: { headers?: boolean }): DetailedRequest[];
  /**
   * Holds the next request matching `options` (see HoldOptions): a scenario awaits `arrived` or
   * `acted` to act at exactly that moment (kill the browser, stop the background), and reads
   * `ended` to learn whether the client went away. Several holds catch requests in the order
   * they were made. Until released, a held request shows status PENDING_STATUS in the log.
   */
  hold(options: HoldOptions): Hold;
  /** Back to the initial options: no users, no fault, empty log; holds are withdrawn and held
   *  connections cut ('dropped'). */
  reset(): void;
}

export interface RunningTrelicaLikeScim extends TrelicaLikeScim {
  /** `http://127.0.0.1:PORT/api/scim/v2` */
  baseUrl: string;
  /** `http://127.0.0.1:PORT` */
  origin: string;
  close(): Promise<void>;
}
