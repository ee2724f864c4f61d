// A Trelica-like SCIM server for a test file of the sandbox's IdP back ends (JumpCloud, Okta,
// Entra): started once, reset before each test, and reached by the sandbox's own client over
// plain HTTP with every call recorded, as each back end would call Trelica.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { localTrelicaClient, type HttpCall, type HttpClient } from '../../sandbox/server/jumpcloud-backend';
import { startTrelicaLikeServer, type RunningTrelicaLikeScim } from '../../sandbox/scim-server';

export interface RecordedTrelica {
  server: RunningTrelicaLikeScim;
  /** Every call made through `http` in this test. */
  calls: HttpCall[];
  http: HttpClient;
}

/** Registers the file's hooks; `use` receives each test's server, calls and client. */
export function useRecordedTrelica(use: (trelica: RecordedTrelica) => void): void {
  let server: RunningTrelicaLikeScim;
  beforeAll(async () => {
    server = await startTrelicaLikeServer({ domains: ['example.com'] });
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.reset();
    const calls: HttpCall[] = [];
    const client = localTrelicaClient({ protocol: 'http', port: () => Number(new URL(server.origin).port) });
    use({ server, calls, http: (call) => (calls.push(call), client(call)) });
  });
}
