import { registerEnumType } from 'type-graphql';

/**
 * Where a client went when their path in the project ended. The one place
 * that decides which destinations count as a quality continuation path
 * (laadullinen jatkopolku: employment or education).
 */
export enum ExitDestination {
  EMPLOYED_OPEN_MARKET = 'EMPLOYED_OPEN_MARKET',
  PAY_SUBSIDY_OPEN_MARKET = 'PAY_SUBSIDY_OPEN_MARKET',
  PAY_SUBSIDY_THIRD_SECTOR = 'PAY_SUBSIDY_THIRD_SECTOR',
  SELF_EMPLOYED = 'SELF_EMPLOYED',
  VOCATIONAL_EDUCATION = 'VOCATIONAL_EDUCATION',
  HIGHER_EDUCATION = 'HIGHER_EDUCATION',
  LANGUAGE_COURSE = 'LANGUAGE_COURSE',
  FURTHER_PATH_IN_ORGANISATION = 'FURTHER_PATH_IN_ORGANISATION',
  WORK_TRIAL = 'WORK_TRIAL',
  REHABILITATIVE_WORK_ACTIVITY = 'REHABILITATIVE_WORK_ACTIVITY',
  KELA_VOCATIONAL_REHABILITATION = 'KELA_VOCATIONAL_REHABILITATION',
  SEARCH_IN_ANOTHER_TOWN = 'SEARCH_IN_ANOTHER_TOWN',
  UNEMPLOYED = 'UNEMPLOYED',
  OUT_OF_LABOUR_FORCE = 'OUT_OF_LABOUR_FORCE',
  OTHER = 'OTHER',
  UNKNOWN = 'UNKNOWN',
}

const destinations: Record<ExitDestination, { description: string; qualityPath: boolean }> = {
  EMPLOYED_OPEN_MARKET: { description: 'Employed in the open labour market (avoimet työmarkkinat).', qualityPath: true },
  PAY_SUBSIDY_OPEN_MARKET: { description: 'Pay-subsidy work (palkkatukityö) with an open-market employer.', qualityPath: true },
  PAY_SUBSIDY_THIRD_SECTOR: { description: 'Pay-subsidy work in the third sector.', qualityPath: true },
  SELF_EMPLOYED: { description: 'Self-employed or started a business.', qualityPath: true },
  VOCATIONAL_EDUCATION: { description: 'Vocational education (ammatillinen koulutus).', qualityPath: true },
  HIGHER_EDUCATION: { description: 'Higher education.', qualityPath: true },
  LANGUAGE_COURSE: { description: 'A language course.', qualityPath: true },
  FURTHER_PATH_IN_ORGANISATION: {
    description: 'A further path funded otherwise within the organisation, e.g. with a competence-based qualification.',
    qualityPath: true,
  },
  WORK_TRIAL: { description: 'A work trial (työkokeilu), possibly leading to employment.', qualityPath: false },
  REHABILITATIVE_WORK_ACTIVITY: { description: 'Rehabilitative work activity (kuntouttava työtoiminta).', qualityPath: false },
  KELA_VOCATIONAL_REHABILITATION: { description: 'Kela vocational rehabilitation.', qualityPath: false },
  SEARCH_IN_ANOTHER_TOWN: { description: 'Searching for work or studies in another town.', qualityPath: false },
  UNEMPLOYED: { description: 'Unemployed jobseeker.', qualityPath: false },
  OUT_OF_LABOUR_FORCE: { description: 'Out of the labour force.', qualityPath: false },
  OTHER: { description: 'Another destination.', qualityPath: false },
  UNKNOWN: { description: 'Not known.', qualityPath: false },
};

export function isQualityPath(destination: ExitDestination): boolean {
  return destinations[destination].qualityPath;
}

registerEnumType(ExitDestination, {
  name: 'ExitDestination',
  description: "Where a client went when their path in the project ended.",
  valuesConfig: Object.fromEntries(Object.entries(destinations).map(([name, { description }]) => [name, { description }])),
});
