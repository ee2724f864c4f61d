// The sandbox: ONE HTTPS server on 127.0.0.1 that answers for the real Trelica and JumpCloud
// host names (browsers are routed to it), dispatching by Host header. Trelica hosts serve the
// Trelica-like SCIM API under /api/scim/v2 and the Trelica fixture pages; JumpCloud hosts serve
// the JumpCloud fixture pages; an Okta org's admin host (acme-admin.okta.com) serves the Okta
// app page built with Odyssey's style (tests/fixtures/libraries/odyssey), the classic
// ("Courage") fixture pages (tests/fixtures/okta, one app instance each), Okta's connector
// test and a small Admin Console dashboard (/admin/dashboard); the org's end-user host
// (acme.okta.com) serves a small dashboard page, outside the Admin Console, where the extension
// must do nothing. Microsoft Entra's shell (entra.microsoft.com, portal.azure.com) serves its
// top document, whose blade is an iframe on the reactblade host (sandbox-1.reactblade.portal.azure.net)
// that serves the Fluent UI blades (tests/fixtures/libraries/entra) and Entra's back end
// (entra-backend.ts). Any other host or path is a 404. Nothing here reaches the internet.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { domainToASCII } from 'node:url';
import { join } from 'node:path';
import express, { type Request, type Response } from 'express';
import { JUMPCLOUD_HOSTS, TRELICA_HOSTS } from '../../../src/core/hosts';
import {
  buildLibraryFixtures,
  fixturePath,
  isFixture,
  oktaFixturePath,
  renderFixture,
  type Site,
} from '../../fixtures';
import {
  ENTRA_FRAME_HOST,
  ENTRA_SHELL_HOSTS,
  entraFramePath,
  entraShellPath,
  isEntraPage,
  renderEntraFrame,
  renderEntraShell,
  type EntraPage,
  OKTA_ADMIN_DASHBOARD_PATH,
  OKTA_ADMIN_HOST,
  OKTA_APP_PATH,
  OKTA_USER_HOME_PATH,
  OKTA_USER_HOST,
  oktaLibraryPath,
  renderOktaLibraryFixture,
  type OktaLibraryPage,
} from '../../fixtures/libraries/index';
import { createTrelicaLikeScim, SCIM_MOUNT, type TrelicaLikeOptions, type TrelicaLikeScim } from '../scim-server';
import { makeCertificate, type Certificate } from './certs';
import { entraBackendRouter } from './entra-backend';
import { jumpCloudBackendRouter, localTrelicaClient } from './jumpcloud-backend';
import { oktaBackendRouter } from './okta-backend';

/**
 * Phishing copies: hosts that look like a console to a hurried eye, serving the same pages, for
 * the security suite to prove they are never trusted. The homographs spell "trelica" with a
 * Cyrillic "е" and "jumpcloud" with a Cyrillic "о" (the browser shows them punycoded).
 */
export const LOOKALIKE_HOSTS: Readonly<Record<string, Site>> = {
  'app.trelica.com.evil.test': 'trelica',
  [domainToASCII('app.tr\u0435lica.com')]: 'trelica',
  'console.jumpcloud.com.evil.test': 'jumpcloud',
  [domainToASCII('console.jumpcl\u043eud.com')]: 'jumpcloud',
};

export const SANDBOX_HOSTS: readonly string[] = [
  ...TRELICA_HOSTS,
  ...JUMPCLOUD_HOSTS,
  OKTA_ADMIN_HOST,
  OKTA_USER_HOST,
  ...ENTRA_SHELL_HOSTS,
  ENTRA_FRAME_HOST,
  ...Object.keys(LOOKALIKE_HOSTS),
];

export interface SandboxRequest {
  host: string;
  method: string;
  path: string;
  status: number;
  /** The request carried the SCIM token (Authorization header or URL). */
  tokenSeen: boolean;
}

export interface Sandbox {
  /** The HTTPS port on 127.0.0.1 that every known host name is routed to. */
  port: number;
  hosts: readonly string[];
  /** The server's self-signed certificate (PEM), for Node clients that verify it. */
  certificate: string;
  /** The Trelica-like SCIM server behind https://{app,eu}.trelica.com/api/scim/v2 (faults, users, log). */
  scim: TrelicaLikeScim;
  /** The Base URL a Trelica fixture page on `host` shows, trailing slash included as Trelica might. */
  shownBaseUrl(host?: string): string;
  /** https URL of a fixture variant on a real host name (JumpCloud and Okta ones with their hash route). */
  url(site: Site, name: string, host?: string): string;
  /** https URL of an Okta app page on the Okta admin host, at Provisioning > Integration. */
  oktaUrl(page?: OktaLibraryPage): string;
  /** https URL of the Okta Admin Console's dashboard, an admin page that is not the app's. */
  oktaAdminDashboardUrl(): string;
  /** https URL of the Okta org's end-user dashboard (outside the Admin Console). */
  oktaUserHomeUrl(): string;
  /**
   * https URL of the Entra shell (top document, entra.microsoft.com by default) on the app's
   * provisioning blade, whose iframe shows `page` ('classic', 'gallery' or 'new').
   */
  entraUrl(page?: EntraPage, host?: (typeof ENTRA_SHELL_HOSTS)[number]): string;
  /** https URL of the blade's frame alone, on the reactblade host (as the shell on `shellHost` opens it). */
  entraFrameUrl(page?: EntraPage, shellHost?: (typeof ENTRA_SHELL_HOSTS)[number]): string;
  /** Every request the server answered, all hosts, oldest first. */
  requests(): SandboxRequest[];
  close(): Promise<void>;
}

function siteOf(host: string): Site | null {
  if (TRELICA_HOSTS.includes(host)) return 'trelica';
  if (JUMPCLOUD_HOSTS.includes(host)) return 'jumpcloud';
  return LOOKALIKE_HOSTS[host] ?? null;
}

/** The key and certificate are read into memory; their files are removed at once. */
async function freshCertificate(): Promise<Certificate> {
  const dir = await mkdtemp(join(tmpdir(), 'e2e-cert-'));
  try {
    return makeCertificate(dir, SANDBOX_HOSTS);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A small static Okta page: headings and a list of links, nothing the Okta script looks for. */
const oktaPage = (title: string, heading: string, section: string, links: readonly string[]) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title} | Okta</title></head>
<body><header><h1>${heading}</h1></header>
<main><section aria-label="${section}"><h2>${section}</h2><ul>${links.map((l) => `<li><a href="#${l.toLowerCase()}">${l}</a></li>`).join('')}</ul></section></main>
</body></html>
`;
/** The Admin Console's dashboard: an admin page the early script runs on and must leave alone. */
const OKTA_ADMIN_DASHBOARD_HTML = oktaPage('Dashboard', 'Dashboard', 'Tasks', ['Applications', 'People', 'Groups']);
/** An Okta end-user dashboard: the extension must never run there. */
const OKTA_USER_HOME_HTML = oktaPage('My Apps', 'My Apps', 'Work', ['Trelica', 'Mail']);

export async function startSandbox(options: TrelicaLikeOptions = {}): Promise<Sandbox> {
  // The consoles made of real component libraries are bundled on first use (cached after).
  const [certificate] = await Promise.all([freshCertificate(), buildLibraryFixtures()]);
  const scim = createTrelicaLikeScim(options);
  const log: SandboxRequest[] = [];
  const shownBaseUrl = (host = TRELICA_HOSTS[0]!) => `https://${host}${SCIM_MOUNT}/`;

  const fixturePage = (site: Site) => (req: Request, res: Response) => {
    const name = req.params.name ?? '';
    if (!isFixture(site, name)) {
      res.status(404).type('text').send('not found\n');
      return;
    }
    const html = renderFixture(site, name, { SCIM_BASE_URL: shownBaseUrl(req.hostname), SCIM_TOKEN: scim.token });
    res.set('cache-control', 'no-store').type('html').send(html);
  };

  const trelica = express.Router();
  trelica.use(scim.app);
  trelica.get('/:name.html', fixturePage('trelica'));
  const jumpcloud = express.Router();
  jumpcloud.get('/:name.html', fixturePage('jumpcloud'));
  // JumpCloud's servers: they call the Trelica hosts' SCIM API, i.e. this very server.
  const port = () => (server.address() as AddressInfo).port;
  jumpcloud.use(jumpCloudBackendRouter(localTrelicaClient({ port, ca: certificate.cert })));
  // Okta's Admin Console: the app page (its tabs are hash routes, so one path), and Okta's servers.
  const okta = express.Router();
  okta.get(OKTA_APP_PATH, (_req, res) => {
    res.set('cache-control', 'no-store').type('html').send(renderOktaLibraryFixture('odyssey'));
  });
  // The classic console's pages: each variant is an app instance of its own name.
  okta.get(oktaFixturePath(':name').split('#')[0]!, fixturePage('okta'));
  okta.get(OKTA_ADMIN_DASHBOARD_PATH, (_req, res) => {
    res.set('cache-control', 'no-store').type('html').send(OKTA_ADMIN_DASHBOARD_HTML);
  });
  okta.use(oktaBackendRouter(localTrelicaClient({ port, ca: certificate.cert })));
  const oktaUser = express.Router();
  oktaUser.get(OKTA_USER_HOME_PATH, (_req, res) => {
    res.set('cache-control', 'no-store').type('html').send(OKTA_USER_HOME_HTML);
  });

  // Microsoft Entra: the shell's top document (?feature.page= picks the blade's page), and the
  // reactblade host: the blade pages and Entra's servers.
  const entraShell = express.Router();
  entraShell.get('/', (req, res) => {
    const page = String(req.query['feature.page'] ?? 'classic');
    if (!isEntraPage(page)) {
      res.status(404).type('text').send('not found\n');
      return;
    }
    res
      .set('cache-control', 'no-store')
      .type('html')
      .send(renderEntraShell(page, `https://${req.hostname}`));
  });
  const entraFrame = express.Router();
  entraFrame.get('/:page', (req, res, next) => {
    const page = req.params.page ?? '';
    if (!isEntraPage(page)) return next();
    res.set('cache-control', 'no-store').type('html').send(renderEntraFrame(page));
  });
  entraFrame.use(entraBackendRouter(localTrelicaClient({ port, ca: certificate.cert })));

  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  app.use((req, res, next) => {
    const tokenSeen = `${req.headers.authorization ?? ''} ${req.originalUrl}`.includes(scim.token);
    res.on('finish', () =>
      log.push({ host: req.hostname, method: req.method, path: req.originalUrl, status: res.statusCode, tokenSeen }),
    );
    next();
  });
  app.use((req, res, next) => {
    const site = siteOf(req.hostname);
    if (site === 'trelica') trelica(req, res, next);
    else if (site === 'jumpcloud') jumpcloud(req, res, next);
    else if (req.hostname === OKTA_ADMIN_HOST) okta(req, res, next);
    else if (req.hostname === OKTA_USER_HOST) oktaUser(req, res, next);
    else if ((ENTRA_SHELL_HOSTS as readonly string[]).includes(req.hostname)) entraShell(req, res, next);
    else if (req.hostname === ENTRA_FRAME_HOST) entraFrame(req, res, next);
    else next();
  });
  app.use((_req, res) => {
    res.status(404).type('text').send('not found\n');
  });

  const server = createServer(certificate, app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });

  let closing: Promise<void> | undefined;
  return {
    port: (server.address() as AddressInfo).port,
    hosts: SANDBOX_HOSTS,
    certificate: certificate.cert,
    scim,
    shownBaseUrl,
    url: (site, name, host) => {
      const defaultHost = { trelica: TRELICA_HOSTS[0], jumpcloud: JUMPCLOUD_HOSTS[0], okta: OKTA_ADMIN_HOST }[site];
      return `https://${host ?? defaultHost}${fixturePath(site, name)}`;
    },
    oktaUrl: (page = 'odyssey') => `https://${OKTA_ADMIN_HOST}${oktaLibraryPath(page)}`,
    oktaAdminDashboardUrl: () => `https://${OKTA_ADMIN_HOST}${OKTA_ADMIN_DASHBOARD_PATH}`,
    oktaUserHomeUrl: () => `https://${OKTA_USER_HOST}${OKTA_USER_HOME_PATH}`,
    entraUrl: (page = 'classic', host = ENTRA_SHELL_HOSTS[0]) => `https://${host}${entraShellPath(page)}`,
    entraFrameUrl: (page = 'classic', shellHost = ENTRA_SHELL_HOSTS[0]) =>
      `https://${ENTRA_FRAME_HOST}${entraFramePath(page, `https://${shellHost}`)}`,
    requests: () => log.map((r) => ({ ...r })),
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive and slow-fault connections would hold close() open.
        server.closeAllConnections();
      })),
  };
}
