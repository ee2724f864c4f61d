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
  /** Back to the initial options: no users, no fault, empty log. */
  reset(): void;
}

export interface RunningTrelicaLikeScim extends TrelicaLikeScim {
  /** `http://127.0.0.1:PORT/api/scim/v2` */
  baseUrl: string;
  /** `http://127.0.0.1:PORT` */
  origin: string;
  close(): Promise<void>;
}
