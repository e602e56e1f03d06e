import { describe, expect, it } from 'vitest';
import { OrganisationShare } from './organisation-share.js';

const later = () => {
  let release!: () => void;
  const done = new Promise<void>((resolve) => (release = resolve));
  return { done, release };
};

describe('OrganisationShare', () => {
  it('lets one organisation hold at most its share while another organisation goes ahead', async () => {
    const share = new OrganisationShare(2);
    const started: string[] = [];
    const blockers = Array.from({ length: 4 }, later);
    const busy = blockers.map((blocker, i) => share.run('a', async () => {
      started.push(`a${i}`);
      await blocker.done;
    }));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(started).toEqual(['a0', 'a1']);
    // Organisation b is not behind a's queue.
    await share.run('b', async () => void started.push('b'));
    expect(started).toEqual(['a0', 'a1', 'b']);
    blockers[0]!.release();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(started).toEqual(['a0', 'a1', 'b', 'a2']);
    for (const blocker of blockers) blocker.release();
    await Promise.all(busy);
    expect(started).toHaveLength(5);
  });

  it('refuses a request that waited too long for its turn, and keeps serving', async () => {
    const share = new OrganisationShare(1, 50);
    const blocker = later();
    const holding = share.run('a', () => blocker.done);
    await expect(share.run('a', async () => 'late')).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    blocker.release();
    await holding;
    await expect(share.run('a', async () => 'next')).resolves.toBe('next');
  });

  it('frees the slot when the work fails', async () => {
    const share = new OrganisationShare(1);
    await expect(share.run('a', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(share.run('a', async () => 'next')).resolves.toBe('next');
  });
});
