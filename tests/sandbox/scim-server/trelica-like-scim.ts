// Assembles one Trelica-like SCIM server: an Express app with the SCIM API under /api/scim/v2.
import { randomBytes } from 'node:crypto';
import express from 'express';
import { LOGIN_PATH, loginPageHtml } from './login-page';
import { bearerAuth } from './middleware/bearer-auth';
import { entraBooleans } from './middleware/entra-booleans';
import { faults } from './middleware/faults';
import { HoldBook, holds } from './middleware/holds';
import { locationOnCreate } from './middleware/location';
import { requestLog } from './middleware/request-log';
import { strictPaths } from './middleware/strict-paths';
import { lastErrorHandler, scimRouter } from './scim-router';
import { SCIM_MOUNT, type ServerState } from './state';
import type { TrelicaLikeOptions, TrelicaLikeScim } from './types';
import { UserStore, normalizeDomains } from './user-store';

export const DEFAULT_DOMAINS: readonly string[] = ['example.com'];

export function createTrelicaLikeScim(options: TrelicaLikeOptions = {}): TrelicaLikeScim {
  const initialEnabled = options.scimEnabled ?? true;
  const initialDomains = normalizeDomains(options.domains ?? DEFAULT_DOMAINS);
  const state: ServerState = {
    token: options.token ?? randomBytes(20).toString('hex'),
    scimEnabled: initialEnabled,
    fault: null,
    log: [],
    holds: new HoldBook(),
    store: new UserStore(initialDomains),
  };

  const app = express();
  app.disable('x-powered-by');
  app.get(LOGIN_PATH, (_req, res) => {
    res.type('html').send(loginPageHtml());
  });
  // Order matters: log everything, then a test's holds, then faults (a proxy in front of
  // Trelica), then routing, then auth.
  app.use(
    SCIM_MOUNT,
    requestLog(state.log),
    holds(state.holds),
    faults(state),
    strictPaths(),
    bearerAuth(state),
    entraBooleans(() => options.acceptEntraBooleanStrings ?? true),
    locationOnCreate(),
    scimRouter(state.store),
    lastErrorHandler,
  );

  return {
    app,
    token: state.token,
    setScimEnabled(on) {
      state.scimEnabled = on;
    },
    setDomains(domains) {
      state.store.setDomains(domains);
    },
    addUser({ userName, givenName, familyName }) {
      return state.store.seed(userName, { givenName, familyName }).id;
    },
    users() {
      return state.store.list().map(({ id, userName, active }) => ({ id, userName, active }));
    },
    setFault(fault) {
      state.fault = fault === null ? null : { ...fault };
    },
    requests() {
      return state.log.map((entry) => ({ ...entry.summary }));
    },
    detailedRequests(options) {
      return state.log.map((entry) => entry.detailed(options?.headers));
    },
    hold(options) {
      return state.holds.add(options);
    },
    reset() {
      state.scimEnabled = initialEnabled;
      state.store.setDomains(initialDomains);
      state.store.clear();
      state.fault = null;
      state.holds.dropAll();
      state.log.length = 0;
    },
  };
}
