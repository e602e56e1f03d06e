import type { RunningHttpService } from './listen.js';

/** What a supervised service tells its supervisor (scripts/src/supervisor.ts) over the IPC channel. */
export interface ReadyMessage {
  type: 'ready';
  url: string;
  port: number;
}

/**
 * Runs a started service until SIGINT or SIGTERM, or until its supervisor is
 * gone: a service started with an IPC channel (npm start's supervisor) exits
 * when the channel closes, so a killed supervisor leaves no orphans. It tells
 * the supervisor its URL once listening (the port may have been 0).
 */
export function runUntilStopped(service: RunningHttpService) {
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // A service that cannot close within 5 s is stopped anyway.
    setTimeout(() => process.exit(0), 5_000).unref();
    void service.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  if (process.send) {
    process.once('disconnect', stop);
    process.send({ type: 'ready', url: service.url, port: service.port } satisfies ReadyMessage);
  }
}
