import pg from 'pg';
import type { Logger } from '../logger.js';

const SHARED_FOR_MS = 5_000;

/** One subscriber of a channel: told every payload, or that the feed broke (then nothing more comes). */
export interface NotificationListener {
  next(payload: string): void;
  broken(error: Error): void;
}

/**
 * PostgreSQL LISTEN/NOTIFY for one service process: one dedicated connection
 * (as the service's login role) listens on the service's channels and hands
 * each notification to this process's subscribers. Every replica has its own
 * feed, so a write through any replica (or straight in SQL) reaches
 * subscribers connected to every other one.
 *
 * When the connection breaks, every current subscriber is told (its stream
 * ends and the client resumes from its last event id); the next subscriber
 * opens a fresh connection.
 */
export class NotificationFeed {
  private client: Promise<pg.Client> | undefined;
  private readonly listeners = new Map<string, Set<NotificationListener>>();
  private readonly memo = new Map<string, Promise<unknown>>();

  constructor(
    private readonly databaseUrl: string,
    private readonly channels: readonly string[],
    private readonly logger: Logger,
  ) {}

  /** Starts listening on `channel`; resolves once LISTEN is in place (nothing committed after that is missed). */
  async subscribe(channel: string, listener: NotificationListener): Promise<() => void> {
    if (!this.channels.includes(channel)) throw new Error(`not a channel of this feed: ${channel}`);
    const set = this.listeners.get(channel) ?? new Set();
    this.listeners.set(channel, set);
    set.add(listener);
    try {
      await this.connect();
    } catch (error) {
      set.delete(listener);
      throw error;
    }
    return () => set.delete(listener);
  }

  /**
   * Runs `load` once for concurrent callers with the same key (e.g. every
   * subscriber of one organisation loading the same event under that
   * organisation's row level security), keeping the answer a few seconds.
   */
  shared<T>(key: string, load: () => Promise<T>): Promise<T> {
    const known = this.memo.get(key) as Promise<T> | undefined;
    if (known) return known;
    const loading = load();
    this.memo.set(key, loading);
    const forget = setTimeout(() => this.memo.delete(key), SHARED_FOR_MS);
    forget.unref();
    loading.catch(() => this.memo.delete(key));
    return loading;
  }

  /** Subscribers across every channel (for tests and logs). */
  get size(): number {
    let count = 0;
    for (const set of this.listeners.values()) count += set.size;
    return count;
  }

  async close(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.listeners.clear();
    if (client) await (await client.catch(() => undefined))?.end().catch(() => {});
  }

  private connect(): Promise<pg.Client> {
    this.client ??= (async () => {
      const client = new pg.Client({ connectionString: this.databaseUrl, application_name: 'notifications' });
      client.on('notification', (message) => {
        for (const listener of this.listeners.get(message.channel) ?? []) listener.next(message.payload ?? '');
      });
      const fail = (error: Error) => this.broken(client, error);
      client.on('error', fail);
      client.on('end', () => fail(new Error('notification connection closed')));
      try {
        await client.connect();
        for (const channel of this.channels) await client.query(`LISTEN "${channel.replaceAll('"', '')}"`);
      } catch (error) {
        this.client = undefined;
        await client.end().catch(() => {});
        throw error;
      }
      return client;
    })();
    return this.client;
  }

  private broken(client: pg.Client, error: Error) {
    void this.client?.then((current) => {
      if (current !== client) return;
      this.client = undefined;
      this.logger.warn('notification connection lost; open streams end and resume', { error: error.message });
      const everyone = [...this.listeners.values()].flatMap((set) => [...set]);
      for (const set of this.listeners.values()) set.clear();
      for (const listener of everyone) listener.broken(error);
      client.end().catch(() => {});
    }, () => {});
  }
}
