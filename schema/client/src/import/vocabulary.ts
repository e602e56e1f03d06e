import type { EducationLevel, EmployerSector, ExitDestination, Obstacle, Phase, SessionKind } from '../generated/graphql.js';

/**
 * The values of the API's enums the import template lists, for code that
 * runs in the browser too (the services' enums are not browser-safe), in the services' order. Each
 * list is checked against the generated schema type: a value missing or
 * unknown fails the typecheck, so the lists cannot drift from the schema.
 */
const allOf =
  <T extends string>() =>
  <const L extends readonly T[]>(values: L & ([T] extends [L[number]] ? unknown : { missing: Exclude<T, L[number]> })): readonly T[] =>
    values;

export const educationLevels = allOf<EducationLevel>()(['NO_BASIC_EDUCATION', 'BASIC_EDUCATION', 'GENERAL_UPPER_SECONDARY', 'VOCATIONAL_QUALIFICATION', 'HIGHER_EDUCATION']);
export const obstacles = allOf<Obstacle>()(['HEALTH_LIMITATIONS', 'NO_FORMAL_CERTIFICATE', 'WEAK_DIGITAL_SKILLS', 'AGE_DISCRIMINATION', 'SUBSTANCE_USE', 'HOUSING', 'DEBT', 'MENTAL_HEALTH', 'CRIMINAL_RECORD']);
export const phases = allOf<Phase>()(['INTAKE', 'ASSESSMENT', 'COACHING', 'TRANSITION', 'EXITED']);
export const sessionKinds = allOf<SessionKind>()(['INDIVIDUAL', 'GROUP']);
export const exitDestinations = allOf<ExitDestination>()([
  'EMPLOYED_OPEN_MARKET',
  'PAY_SUBSIDY_OPEN_MARKET',
  'PAY_SUBSIDY_THIRD_SECTOR',
  'SELF_EMPLOYED',
  'VOCATIONAL_EDUCATION',
  'HIGHER_EDUCATION',
  'LANGUAGE_COURSE',
  'FURTHER_PATH_IN_ORGANISATION',
  'WORK_TRIAL',
  'REHABILITATIVE_WORK_ACTIVITY',
  'KELA_VOCATIONAL_REHABILITATION',
  'SEARCH_IN_ANOTHER_TOWN',
  'UNEMPLOYED',
  'OUT_OF_LABOUR_FORCE',
  'OTHER',
  'UNKNOWN',
]);
export const employerSectors = allOf<EmployerSector>()(['PRIVATE', 'PUBLIC', 'THIRD_SECTOR']);
