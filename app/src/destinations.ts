import type { ExitDestination } from '@polku/client';
import type { Language } from './strings.js';

/**
 * Exit destinations for the coach's exit form, in the API's own words (the
 * outcomes service's labels): the form needs them before any exit exists.
 */
export const destinationLabels: Record<ExitDestination, Record<'FI' | 'SV' | 'EN', string>> = {
  EMPLOYED_OPEN_MARKET: { FI: 'Työllistynyt avoimille työmarkkinoille', SV: 'Anställd på den öppna arbetsmarknaden', EN: 'Employed in the open labour market' },
  PAY_SUBSIDY_OPEN_MARKET: { FI: 'Palkkatukityö avoimilla työmarkkinoilla', SV: 'Lönesubventionerat arbete på den öppna arbetsmarknaden', EN: 'Pay-subsidy work, open market' },
  PAY_SUBSIDY_THIRD_SECTOR: { FI: 'Palkkatukityö kolmannella sektorilla', SV: 'Lönesubventionerat arbete inom tredje sektorn', EN: 'Pay-subsidy work, third sector' },
  SELF_EMPLOYED: { FI: 'Yrittäjä', SV: 'Företagare', EN: 'Self-employed' },
  VOCATIONAL_EDUCATION: { FI: 'Ammatillinen koulutus', SV: 'Yrkesutbildning', EN: 'Vocational education' },
  HIGHER_EDUCATION: { FI: 'Korkeakouluopinnot', SV: 'Högskolestudier', EN: 'Higher education' },
  LANGUAGE_COURSE: { FI: 'Kielikurssi', SV: 'Språkkurs', EN: 'Language course' },
  FURTHER_PATH_IN_ORGANISATION: { FI: 'Jatkopolku järjestössä muulla rahoituksella', SV: 'Fortsatt stig inom organisationen med annan finansiering', EN: 'Further path in the organisation, funded otherwise' },
  WORK_TRIAL: { FI: 'Työkokeilu', SV: 'Arbetsprövning', EN: 'Work trial' },
  REHABILITATIVE_WORK_ACTIVITY: { FI: 'Kuntouttava työtoiminta', SV: 'Arbetsverksamhet i rehabiliteringssyfte', EN: 'Rehabilitative work activity' },
  KELA_VOCATIONAL_REHABILITATION: { FI: 'Kelan ammatillinen kuntoutus', SV: 'FPA:s yrkesinriktade rehabilitering', EN: 'Kela vocational rehabilitation' },
  SEARCH_IN_ANOTHER_TOWN: { FI: 'Opiskelu- tai työpaikan haku toisella paikkakunnalla', SV: 'Söker studie- eller arbetsplats på annan ort', EN: 'Seeking work or studies in another town' },
  UNEMPLOYED: { FI: 'Työtön työnhakija', SV: 'Arbetslös arbetssökande', EN: 'Unemployed jobseeker' },
  OUT_OF_LABOUR_FORCE: { FI: 'Poissa työmarkkinoilta', SV: 'Utanför arbetskraften', EN: 'Out of the labour force' },
  OTHER: { FI: 'Muu', SV: 'Annat', EN: 'Other' },
  UNKNOWN: { FI: 'Ei tiedossa', SV: 'Okänt', EN: 'Unknown' },
};

export const destinationLabel = (destination: ExitDestination, language: Language) => destinationLabels[destination][language.toUpperCase() as 'FI' | 'SV' | 'EN'];
