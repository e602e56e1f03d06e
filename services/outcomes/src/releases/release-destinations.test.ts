import { describe, expect, it } from 'vitest';
import { employmentDestinations, releaseDestinations } from '../db/migrations/1738000000000-statistics-releases.js';
import { furtherReleaseDestinations } from '../db/migrations/1741000000000-further-destination-releases.js';
import { allDestinations, esfIndicatorOf, isEmployment, isQualityPath } from '../exits/exit-destination.js';

describe('the release migration’s frozen destination rules', () => {
  it('match exit-destination.ts: quality path and ESF+ indicator of every destination', () => {
    // The migration's SQL never changes with code; when the rules change, a new migration must follow.
    expect(Object.keys(releaseDestinations).sort()).toEqual([...allDestinations].sort());
    for (const destination of allDestinations) {
      expect(releaseDestinations[destination]).toEqual([isQualityPath(destination), esfIndicatorOf(destination)]);
    }
    // 1741 (further destinations) froze its own copy of the same rules
    expect(furtherReleaseDestinations).toEqual(releaseDestinations);
    expect(employmentDestinations.sort()).toEqual(allDestinations.filter(isEmployment).sort());
  });
});
