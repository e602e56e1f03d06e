import { describe, expect, it } from 'vitest';
import { allDestinations, destinationsOf, EsfIndicator, esfIndicatorOf, ExitDestination, isQualityPath } from './exit-destination.js';

describe('quality continuation path (laadullinen jatkopolku)', () => {
  it('counts employment and education, not pay-subsidy work (seed 000 lists it among the other paths)', () => {
    const quality = allDestinations.filter(isQualityPath);
    expect(quality.sort()).toEqual(
      ['EMPLOYED_OPEN_MARKET', 'FURTHER_PATH_IN_ORGANISATION', 'HIGHER_EDUCATION', 'LANGUAGE_COURSE', 'SELF_EMPLOYED', 'VOCATIONAL_EDUCATION'].sort(),
    );
  });

  it("classifies Tekijän polku's 11 people by their primary destination: 8 on a quality path (seed 003)", () => {
    // The work trial is a further destination of one person on a further path: it does not move the classification.
    const primary = [
      ...Array(3).fill(ExitDestination.EMPLOYED_OPEN_MARKET),
      ...Array(5).fill(ExitDestination.FURTHER_PATH_IN_ORGANISATION),
      ExitDestination.SEARCH_IN_ANOTHER_TOWN,
      ExitDestination.OTHER,
      ExitDestination.OUT_OF_LABOUR_FORCE,
    ];
    expect(primary.filter(isQualityPath)).toHaveLength(8);
  });

  it('counts study and job search in another town as job searching, not yet a quality path (seed 003: "opiskelu- ja työpaikan haku")', () => {
    expect(isQualityPath(ExitDestination.SEARCH_IN_ANOTHER_TOWN)).toBe(false);
    expect(esfIndicatorOf(ExitDestination.SEARCH_IN_ANOTHER_TOWN)).toBe(EsfIndicator.JOB_SEARCHING);
  });

  it('counts a further path studying for competence-based qualifications as education (seed 003: "tekevät opintoja näyttötutkintoina")', () => {
    expect(isQualityPath(ExitDestination.FURTHER_PATH_IN_ORGANISATION)).toBe(true);
    expect(esfIndicatorOf(ExitDestination.FURTHER_PATH_IN_ORGANISATION)).toBe(EsfIndicator.IN_EDUCATION_OR_TRAINING);
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
