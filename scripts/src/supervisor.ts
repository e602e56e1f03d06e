import { fork, type ChildProcess } from 'node:child_process';
import { StartupError, type Logger, type ReadyMessage } from '@polku/kit';

export interface SupervisedService {
  name: string;
  /** The service's entry module. */
  entry: string;
  env: NodeJS.ProcessEnv;
  /** Node options of the service process; by default those that run TypeScript sources (as npm start does). */
  execArgv?: string[];
}

/** What `npm start` runs TypeScript with (STACK.md: decorator metadata needs oxc, not tsx). */
export const typescriptExecArgv = ['--conditions=source', '--import', '@oxc-node/core/register'];

export interface RunningService {
  name: string;
  url: string;
  /** The current process id (changes when the service is restarted). */
  readonly pid: number | undefined;
  /** How many times the service has been restarted after a crash. */
  readonly restarts: number;
}

const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 6_000;

/**
 * Runs each service as its own Node process: a request that blocks one
 * service's event loop (or crashes it) cannot freeze the others. A service
 * that exits unexpectedly is logged and started again on the same port, after
 * 1 s, doubling up to 30 s while it keeps crashing. Children talk to the
 * supervisor over an IPC channel: they announce their URL when listening and
 * exit by themselves when the channel closes, so a supervisor that dies
 * leaves no orphans.
 */
export class Supervisor {
  private readonly services: Array<{ stop(): Promise<void> }> = [];
  private stopping = false;

  constructor(private readonly logger: Logger) {}

  /** Starts a service and resolves once it listens; fails with its exit code when it cannot start. */
  async start(service: SupervisedService): Promise<RunningService> {
    let child: ChildProcess | undefined;
    let restarts = 0;
    let port = service.env.PORT ?? '0';
    let backoffMs = 1_000;
    let restartTimer: NodeJS.Timeout | undefined;
    let stopped = false;
    const logger = this.logger;

    const spawnOnce = () =>
      new Promise<ReadyMessage>((resolve, reject) => {
        const started = Date.now();
        const current = fork(service.entry, [], {
          env: { ...service.env, PORT: port },
          execArgv: service.execArgv ?? (service.entry.endsWith('.ts') ? typescriptExecArgv : []),
          stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
          // Its own process group: Ctrl-C reaches the supervisor only, which stops the services in order.
          detached: true,
        });
        child = current;
        const timer = setTimeout(() => {
          current.kill('SIGKILL');
          reject(new StartupError(`${service.name} did not start within ${START_TIMEOUT_MS / 1000} s`));
        }, START_TIMEOUT_MS);
        let ready = false;
        // A service that cannot start prints one `error: ...` line (kit's runMain); it becomes the supervisor's own one line.
        let startupError: string | undefined;
        current.stderr!.on('data', (chunk: Buffer) => {
          const text = chunk.toString('utf8');
          const line = ready ? undefined : text.split('\n').find((candidate) => candidate.startsWith('error: '));
          if (line) startupError = line.slice('error: '.length);
          else process.stderr.write(chunk);
        });
        current.on('message', (message: ReadyMessage) => {
          if (message?.type !== 'ready' || ready) return;
          ready = true;
          clearTimeout(timer);
          resolve(message);
        });
        current.once('exit', (code, signal) => {
          clearTimeout(timer);
          if (!ready) return reject(new StartupError(startupError ?? `${service.name} exited during start-up (${signal ?? `code ${code}`}); see its output above`));
          if (stopped || this.stopping) return;
          // Up for a minute: the crash is news, not a loop; start again from the shortest pause.
          if (Date.now() - started > 60_000) backoffMs = 1_000;
          logger.error('service exited; restarting', { service: service.name, pid: current.pid, code, signal, restartInMs: backoffMs });
          restartTimer = setTimeout(restart, backoffMs);
          backoffMs = Math.min(backoffMs * 2, 30_000);
        });
      });

    const restart = () => {
      restartTimer = undefined;
      if (stopped || this.stopping) return;
      restarts += 1;
      spawnOnce().then(
        () => logger.info('service restarted', { service: service.name, pid: child?.pid, restarts }),
        (error: Error) => {
          logger.error('service failed to restart', { service: service.name, error: error.message, restartInMs: backoffMs });
          restartTimer = setTimeout(restart, backoffMs);
          backoffMs = Math.min(backoffMs * 2, 30_000);
        },
      );
    };

    const ready = await spawnOnce();
    // Restarts keep the port, so the other services' URLs stay right.
    port = String(ready.port);
    logger.info('service started', { service: service.name, pid: child?.pid, url: ready.url });
    this.services.push({
      async stop() {
        stopped = true;
        clearTimeout(restartTimer);
        await stopChild(child);
      },
    });
    return {
      name: service.name,
      url: ready.url,
      get pid() {
        return child?.exitCode === null && child.signalCode === null ? child.pid : undefined;
      },
      get restarts() {
        return restarts;
      },
    };
  }

  /** Stops every service, the last started first (the gateway before the subgraphs it calls). */
  async stopAll() {
    this.stopping = true;
    for (const service of this.services.splice(0).reverse()) await service.stop();
  }
}

/** SIGTERM, then SIGKILL if the child has not exited within STOP_TIMEOUT_MS. */
function stopChild(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
