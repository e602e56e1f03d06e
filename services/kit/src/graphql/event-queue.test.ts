import { describe, expect, it } from 'vitest';
import { readEventStream } from '../http/event-stream.js';
import { EventQueue } from './event-queue.js';

describe('EventQueue', () => {
  it('hands out pushed values in order, and ends a waiting next() at once when the client leaves', async () => {
    let ended = 0;
    const queue = new EventQueue<number>(() => ended++);
    queue.push(1);
    queue.push(2);
    expect(await queue.next()).toEqual({ value: 1, done: false });
    expect(await queue.next()).toEqual({ value: 2, done: false });
    const waiting = queue.next();
    await queue.return();
    expect(await waiting).toEqual({ value: undefined, done: true });
    queue.push(3);
    expect(await queue.next()).toEqual({ value: undefined, done: true });
    expect(ended).toBe(1);
  });

  it('delivers what is queued before failing', async () => {
    const queue = new EventQueue<number>();
    queue.push(1);
    queue.fail(new Error('connection lost'));
    expect(await queue.next()).toEqual({ value: 1, done: false });
    await expect(queue.next()).rejects.toThrow('connection lost');
    expect(await queue.next()).toEqual({ value: undefined, done: true });
  });
});

describe('readEventStream', () => {
  it('reads events split across chunks, skips comments, keeps ids and multi-line data', async () => {
    async function* chunks() {
      yield 'event: next\nid: 4';
      yield '2\ndata: {"a":\ndata: 1}\n\n:\n\n';
      yield new TextEncoder().encode('event: complete\r\ndata:\r\n\r\n');
    }
    const events = [];
    for await (const event of readEventStream(chunks())) events.push(event);
    expect(events).toEqual([
      { event: 'next', id: '42', data: '{"a":\n1}' },
      { event: 'complete', data: '' },
    ]);
  });
});
