import { type EnumLabels, registerLabelledEnum } from '@polku/kit';

/** Highest completed education, as recorded at intake. */
export enum EducationLevel {
  NO_BASIC_EDUCATION = 'NO_BASIC_EDUCATION',
  BASIC_EDUCATION = 'BASIC_EDUCATION',
  GENERAL_UPPER_SECONDARY = 'GENERAL_UPPER_SECONDARY',
  VOCATIONAL_QUALIFICATION = 'VOCATIONAL_QUALIFICATION',
  HIGHER_EDUCATION = 'HIGHER_EDUCATION',
}

export const educationLevelLabels: EnumLabels<EducationLevel> = {
  NO_BASIC_EDUCATION: { FI: 'Ei perusasteen tutkintoa', SV: 'Ingen grundläggande utbildning', EN: 'No basic education' },
  BASIC_EDUCATION: { FI: 'Perusaste', SV: 'Grundläggande utbildning', EN: 'Basic education' },
  GENERAL_UPPER_SECONDARY: { FI: 'Lukio', SV: 'Gymnasium', EN: 'General upper secondary' },
  VOCATIONAL_QUALIFICATION: { FI: 'Ammatillinen tutkinto', SV: 'Yrkesinriktad examen', EN: 'Vocational qualification' },
  HIGHER_EDUCATION: { FI: 'Korkea-aste', SV: 'Högre utbildning', EN: 'Higher education' },
};
registerLabelledEnum(EducationLevel, 'EducationLevel', 'Highest completed education of a client.', educationLevelLabels);

/** Obstacles to employment recorded for a client (DOMAIN.md). Special-category data: staff of the owning organisation only. */
export enum Obstacle {
  HEALTH_LIMITATIONS = 'HEALTH_LIMITATIONS',
  NO_FORMAL_CERTIFICATE = 'NO_FORMAL_CERTIFICATE',
  WEAK_DIGITAL_SKILLS = 'WEAK_DIGITAL_SKILLS',
  AGE_DISCRIMINATION = 'AGE_DISCRIMINATION',
  SUBSTANCE_USE = 'SUBSTANCE_USE',
  HOUSING = 'HOUSING',
  DEBT = 'DEBT',
  MENTAL_HEALTH = 'MENTAL_HEALTH',
  CRIMINAL_RECORD = 'CRIMINAL_RECORD',
}

export const obstacleLabels: EnumLabels<Obstacle> = {
  HEALTH_LIMITATIONS: { FI: 'Terveydelliset rajoitteet', SV: 'Hälsobegränsningar', EN: 'Health limitations' },
  NO_FORMAL_CERTIFICATE: { FI: 'Ei muodollista pätevyyttä', SV: 'Saknar formell behörighet', EN: 'No formal certificate' },
  WEAK_DIGITAL_SKILLS: { FI: 'Heikot digitaidot', SV: 'Svaga digitala färdigheter', EN: 'Weak digital skills' },
  AGE_DISCRIMINATION: { FI: 'Ikäsyrjintä', SV: 'Åldersdiskriminering', EN: 'Age discrimination' },
  SUBSTANCE_USE: { FI: 'Päihteiden käyttö', SV: 'Missbruk', EN: 'Substance use' },
  HOUSING: { FI: 'Asunnottomuus tai asumisen ongelmat', SV: 'Bostadslöshet eller boendeproblem', EN: 'Homelessness or housing problems' },
  DEBT: { FI: 'Velkaantuminen', SV: 'Skuldsättning', EN: 'Debt' },
  MENTAL_HEALTH: { FI: 'Mielenterveys', SV: 'Psykisk hälsa', EN: 'Mental health' },
  CRIMINAL_RECORD: { FI: 'Rikostausta', SV: 'Brottsbakgrund', EN: 'Criminal record' },
};
registerLabelledEnum(Obstacle, 'Obstacle', 'An obstacle to employment recorded for a client.', obstacleLabels);
