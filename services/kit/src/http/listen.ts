import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StartupError } from '../errors.js';

export interface RunningHttpService {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Starts listening and hands back the service's URL and a close that also
 * ends kept-alive connections; a port in use is a one-line StartupError.
 */
export async function listen(
  server: Server,
  options: { name: string; port: number; host?: string; onClose?: () => void | Promise<void> },
): Promise<RunningHttpService> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new StartupError(`${options.name}: port ${options.port} is already in use; stop the other process or set another port`)
          : error,
      ),
    );
    server.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://localhost:${port}/graphql`,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await options.onClose?.();
    },
  };
}
