// Serves a Trelica-like SCIM server over plain HTTP on 127.0.0.1.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SCIM_MOUNT } from './state';
import { createTrelicaLikeScim } from './trelica-like-scim';
import type { RunningTrelicaLikeScim, TrelicaLikeOptions } from './types';

export interface StartOptions extends TrelicaLikeOptions {
  /** Port on 127.0.0.1; default 0 (a free port chosen by the system). */
  port?: number;
}

export async function startTrelicaLikeServer(options: StartOptions = {}): Promise<RunningTrelicaLikeScim> {
  const scim = createTrelicaLikeScim(options);
  const server = createServer(scim.app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      // Keep-alive and still-waiting (slow fault) connections would hold close() open.
      server.closeAllConnections();
    });
    return closing;
  };

  return { ...scim, baseUrl: `${origin}${SCIM_MOUNT}`, origin, close };
}
