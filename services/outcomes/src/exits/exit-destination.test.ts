import { describe, expect, it } from 'vitest';
import { ExitDestination, isQualityPath } from './exit-destination.js';

describe('quality continuation path (laadullinen jatkopolku)', () => {
  it('counts employment and education, nothing else', () => {
    const quality = Object.values(ExitDestination).filter(isQualityPath);
    expect(quality.sort()).toEqual(
      [
        'EMPLOYED_OPEN_MARKET',
        'FURTHER_PATH_IN_ORGANISATION',
        'HIGHER_EDUCATION',
        'LANGUAGE_COURSE',
        'PAY_SUBSIDY_OPEN_MARKET',
        'PAY_SUBSIDY_THIRD_SECTOR',
        'SELF_EMPLOYED',
        'VOCATIONAL_EDUCATION',
      ].sort(),
    );
  });

  it("gives Tekijän polku's reported quality-path share: 8 of 12 exits", () => {
    const exits = [
      ...Array(3).fill(ExitDestination.EMPLOYED_OPEN_MARKET),
      ...Array(5).fill(ExitDestination.FURTHER_PATH_IN_ORGANISATION),
      ExitDestination.SEARCH_IN_ANOTHER_TOWN,
      ExitDestination.WORK_TRIAL,
      ExitDestination.OTHER,
      ExitDestination.OUT_OF_LABOUR_FORCE,
    ];
    expect(exits.filter(isQualityPath)).toHaveLength(8);
  });
});
