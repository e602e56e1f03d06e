/**
 * "Polun askeleet" (Steps of the path): the platform's own soft-outcome
 * instrument, written for this project from the themes the source documents
 * name (Polkuja kohti työelämää: participation, everyday management, digital
 * skills, self-confidence; work-life readiness). It is not derived from the
 * Outcomes Star, whose licence forbids software use. Each item is a 1..5
 * scale with anchors at 1, 3 and 5.
 */
export const polunAskeleet = {
  id: '6f1d3a52-7c1e-4c59-9a57-0d6a7f3e2b10',
  code: 'polun-askeleet',
  name: { FI: 'Polun askeleet', SV: 'Stegen på stigen', EN: 'Steps of the path' },
  items: [
    {
      id: '6f1d3a52-7c1e-4c59-9a57-0d6a7f3e2b11',
      code: 'participation',
      label: { FI: 'Osallisuus', SV: 'Delaktighet', EN: 'Participation' },
      anchors: [
        { score: 1, FI: 'En juuri osallistu mihinkään kodin ulkopuolella', SV: 'Jag deltar knappt i något utanför hemmet', EN: 'I hardly take part in anything outside my home' },
        { score: 3, FI: 'Osallistun sovittuihin tapaamisiin ja ryhmiin', SV: 'Jag deltar i avtalade möten och grupper', EN: 'I take part in agreed meetings and groups' },
        { score: 5, FI: 'Olen aktiivisesti mukana ja tuen muita', SV: 'Jag är aktivt med och stöder andra', EN: 'I take an active part and support others' },
      ],
    },
    {
      id: '6f1d3a52-7c1e-4c59-9a57-0d6a7f3e2b12',
      code: 'everyday-management',
      label: { FI: 'Arjenhallinta', SV: 'Vardagshantering', EN: 'Everyday management' },
      anchors: [
        { score: 1, FI: 'Arjen asiat (raha, asuminen, rytmi) ovat hallitsematta', SV: 'Vardagens saker (pengar, boende, rytm) är ohanterade', EN: 'Everyday matters (money, housing, routine) are out of control' },
        { score: 3, FI: 'Hoidan arjen asiat tuen kanssa', SV: 'Jag sköter vardagen med stöd', EN: 'I manage everyday matters with support' },
        { score: 5, FI: 'Hoidan arjen asiat itsenäisesti', SV: 'Jag sköter vardagen självständigt', EN: 'I manage everyday matters on my own' },
      ],
    },
    {
      id: '6f1d3a52-7c1e-4c59-9a57-0d6a7f3e2b13',
      code: 'digital-skills',
      label: { FI: 'Digitaidot', SV: 'Digitala färdigheter', EN: 'Digital skills' },
      anchors: [
        { score: 1, FI: 'En pysty asioimaan verkossa', SV: 'Jag kan inte uträtta ärenden på nätet', EN: 'I cannot use online services' },
        { score: 3, FI: 'Asioin verkossa, kun joku neuvoo', SV: 'Jag uträttar ärenden på nätet med handledning', EN: 'I use online services when someone guides me' },
        { score: 5, FI: 'Asioin verkossa sujuvasti ja neuvon muita', SV: 'Jag uträttar ärenden på nätet smidigt och hjälper andra', EN: 'I use online services fluently and help others' },
      ],
    },
    {
      id: '6f1d3a52-7c1e-4c59-9a57-0d6a7f3e2b14',
      code: 'self-confidence',
      label: { FI: 'Itseluottamus', SV: 'Självförtroende', EN: 'Self-confidence' },
      anchors: [
        { score: 1, FI: 'En usko pärjääväni', SV: 'Jag tror inte att jag klarar mig', EN: 'I do not believe I will cope' },
        { score: 3, FI: 'Tunnistan joitakin vahvuuksiani', SV: 'Jag känner igen några av mina styrkor', EN: 'I recognise some of my strengths' },
        { score: 5, FI: 'Luotan osaamiseeni ja tuon sen esiin', SV: 'Jag litar på min kompetens och visar den', EN: 'I trust my skills and show them' },
      ],
    },
    {
      id: '6f1d3a52-7c1e-4c59-9a57-0d6a7f3e2b15',
      code: 'work-life-readiness',
      label: { FI: 'Työelämävalmiudet', SV: 'Arbetslivsberedskap', EN: 'Work-life readiness' },
      anchors: [
        { score: 1, FI: 'Työ tai opiskelu ei ole vielä ajankohtaista', SV: 'Arbete eller studier är inte aktuella ännu', EN: 'Work or studies are not yet on the horizon' },
        { score: 3, FI: 'Minulla on suunnitelma työhön tai opintoihin', SV: 'Jag har en plan för arbete eller studier', EN: 'I have a plan for work or studies' },
        { score: 5, FI: 'Olen valmis aloittamaan työn tai opinnot', SV: 'Jag är redo att börja arbeta eller studera', EN: 'I am ready to start work or studies' },
      ],
    },
  ],
} as const;
export const polunAskeleetScaleMax = 5;
