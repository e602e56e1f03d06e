import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ServiceOffering } from '../offerings/service-offering.type.js';
import { Organisation } from '../organisations/organisation.type.js';

export enum PartnerRole {
  LEAD = 'LEAD',
  IMPLEMENTER = 'IMPLEMENTER',
}
registerEnumType(PartnerRole, {
  name: 'PartnerRole',
  description: "An organisation's part in a joint project.",
  valuesConfig: {
    LEAD: { description: 'Leads the joint project (päätoteuttaja) and reports its pooled outcomes.' },
    IMPLEMENTER: { description: 'Implements the project alongside the lead (osatoteuttaja).' },
  },
});

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A joint employment project (yhteistoimintahanke) run by several organisations, one of them leading.' })
export class Project {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field({ description: 'Short, URL-safe name, e.g. "uusi-askel".' })
  slug: string;

  @Field({ description: 'Name of the project, e.g. "Uusi Askel".' })
  name: string;

  @Field(() => Organisation, { description: 'The organisation leading the project.' })
  leadOrganisation: Organisation;

  @Field(() => [ProjectPartner], { description: 'Every organisation taking part, the lead included.' })
  partners: ProjectPartner[];

  @Field(() => [ServiceOffering], { description: 'Services the partners offer within this project.' })
  serviceOfferings: ServiceOffering[];
}

@ObjectType({ description: "An organisation's part in a joint project." })
export class ProjectPartner {
  @Field(() => Organisation, { description: 'The partner organisation.' })
  organisation: Organisation;

  @Field(() => PartnerRole, { description: 'Whether the organisation leads or implements the project.' })
  role: PartnerRole;
}
