/**
 * An async iterator fed by pushes (notifications), for a subscription's
 * event stream: `return()` (the client left) ends it at once, even while a
 * `next()` waits; `fail()` ends it with an error after what is queued.
 */
export class EventQueue<T> implements AsyncIterableIterator<T> {
  private readonly queued: T[] = [];
  private waiting: { resolve: (result: IteratorResult<T>) => void; reject: (error: unknown) => void } | undefined;
  private failure: unknown;
  private done = false;

  constructor(private readonly onEnd: () => void = () => {}) {}

  push(value: T) {
    if (this.done) return;
    if (this.waiting) {
      const { resolve } = this.waiting;
      this.waiting = undefined;
      resolve({ value, done: false });
    } else this.queued.push(value);
  }

  fail(error: unknown) {
    if (this.done) return;
    this.failure = error;
    if (this.waiting) {
      const { reject } = this.waiting;
      this.waiting = undefined;
      this.finish();
      reject(error);
    }
  }

  next(): Promise<IteratorResult<T>> {
    if (this.queued.length) return Promise.resolve({ value: this.queued.shift()!, done: false });
    if (this.failure !== undefined && !this.done) {
      this.finish();
      return Promise.reject(this.failure);
    }
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  return(): Promise<IteratorResult<T>> {
    this.finish();
    this.queued.length = 0;
    if (this.waiting) {
      this.waiting.resolve({ value: undefined, done: true });
      this.waiting = undefined;
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  private finish() {
    if (this.done) return;
    this.done = true;
    this.onEnd();
  }
}
