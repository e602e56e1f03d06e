import { LocalDateResolver } from 'graphql-scalars';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Client } from '../clients/client.type.js';
import { Organisation } from '../references/organisation.reference.js';
import { Project } from '../references/project.reference.js';

@Directive('@key(fields: "id")')
@ObjectType({ description: "A client's participation in a project at one organisation: the frame of the client's path." })
export class Enrolment {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => Client, { description: 'The enrolled client.' })
  client: Client;

  @Field(() => Organisation, { description: 'The organisation serving the client in this enrolment.' })
  organisation: Organisation;

  @Field(() => Project, { description: 'The project the client is enrolled in.' })
  project: Project;

  @Field(() => LocalDateResolver, { description: 'The day the path started.' })
  startedOn: string;
}
