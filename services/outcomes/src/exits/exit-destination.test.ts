import { describe, expect, it } from 'vitest';
import { allDestinations, destinationsOf, EsfIndicator, esfIndicatorOf, ExitDestination, isQualityPath } from './exit-destination.js';

describe('quality continuation path (laadullinen jatkopolku)', () => {
  it('counts employment and education, not pay-subsidy work (seed 000 lists it among the other paths)', () => {
    const quality = allDestinations.filter(isQualityPath);
    expect(quality.sort()).toEqual(
      ['EMPLOYED_OPEN_MARKET', 'FURTHER_PATH_IN_ORGANISATION', 'HIGHER_EDUCATION', 'LANGUAGE_COURSE', 'SELF_EMPLOYED', 'VOCATIONAL_EDUCATION'].sort(),
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

describe('ESF+ common result indicators', () => {
  it('maps each destination to at most one situation upon leaving, employment including pay-subsidy work and self-employment', () => {
    expect(destinationsOf(EsfIndicator.IN_EMPLOYMENT).sort()).toEqual(
      ['EMPLOYED_OPEN_MARKET', 'PAY_SUBSIDY_OPEN_MARKET', 'PAY_SUBSIDY_THIRD_SECTOR', 'SELF_EMPLOYED'].sort(),
    );
    expect(esfIndicatorOf(ExitDestination.VOCATIONAL_EDUCATION)).toBe(EsfIndicator.IN_EDUCATION_OR_TRAINING);
    expect(esfIndicatorOf(ExitDestination.UNEMPLOYED)).toBe(EsfIndicator.JOB_SEARCHING);
    expect(esfIndicatorOf(ExitDestination.OUT_OF_LABOUR_FORCE)).toBeNull();
  });

  it('puts every quality path into employment or education', () => {
    for (const d of allDestinations.filter(isQualityPath)) {
      expect([EsfIndicator.IN_EMPLOYMENT, EsfIndicator.IN_EDUCATION_OR_TRAINING]).toContain(esfIndicatorOf(d));
    }
  });
});
