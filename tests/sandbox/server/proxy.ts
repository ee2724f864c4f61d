// Firefox has no --host-resolver-rules, so it reaches the real host names through this HTTP
// CONNECT proxy: the known hosts (port 443, and 8443 for the security suite's odd-port pages)
// are tunnelled to the local HTTPS server, every other destination gets 403. Nothing leaves the
// machine, whatever Firefox tries to reach.
import { createServer, type IncomingMessage } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

/** A non-default HTTPS port the known hosts also answer on (Chromium's MAP rules ignore the port). */
export const ODD_PORT = '8443';

export interface ConnectProxy {
  port: number;
  /** Destinations refused so far ("host:port"), for debugging a test that cannot reach a page. */
  refused(): string[];
  close(): Promise<void>;
}

export async function startConnectProxy(allowedHosts: readonly string[], targetPort: number): Promise<ConnectProxy> {
  const allowed = new Set(allowedHosts.map((h) => h.toLowerCase()));
  const refused: string[] = [];
  const sockets = new Set<Socket>();

  const server = createServer((req, res) => {
    // Plain-HTTP proxying is never needed: every page here is HTTPS.
    refused.push(`http ${req.headers.host ?? req.url ?? '?'}`);
    res.writeHead(403, { 'content-type': 'text/plain' }).end('refused by the test proxy\n');
  });

  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    const [host = '', port = ''] = (req.url ?? '').toLowerCase().split(':');
    if (!allowed.has(host) || (port !== '443' && port !== ODD_PORT)) {
      refused.push(req.url ?? '?');
      client.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
      return;
    }
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    refused: () => [...refused],
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
