import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Organisation } from '../references/organisation.reference.js';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A client (hankeasiakas) on a path towards work or studies, known inside the platform only by a pseudonymous code.' })
export class Client {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field({ description: 'Pseudonymous code the owning organisation uses for the client, e.g. "SOT-0001".' })
  code: string;

  @Field(() => Organisation, { description: 'The organisation that serves the client and owns its data.' })
  organisation: Organisation;
}
