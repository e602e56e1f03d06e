import type { SubgraphContext } from '@polku/kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Client } from '../clients/client.type.js';
import type { JourneysLoaders } from '../loaders.js';
import { Organisation } from '../references/organisation.reference.js';
import { Project } from '../references/project.reference.js';
import type { EnrolmentEntity } from './enrolment.entity.js';
import { Enrolment } from './enrolment.type.js';

type Context = SubgraphContext<JourneysLoaders>;

@Resolver(() => Enrolment)
export class EnrolmentResolver {
  @FieldResolver(() => Client)
  client(@Root() enrolment: EnrolmentEntity, @Ctx() ctx: Context) {
    return ctx.loaders.clientById.load(enrolment.clientId);
  }

  @FieldResolver(() => Organisation)
  organisation(@Root() enrolment: EnrolmentEntity): Organisation {
    return { id: enrolment.orgId };
  }

  @FieldResolver(() => Project)
  project(@Root() enrolment: EnrolmentEntity): Project {
    return { id: enrolment.projectId };
  }
}

@Resolver(() => Project)
export class ProjectEnrolmentsResolver {
  @FieldResolver(() => [Enrolment], {
    description: "The caller's organisation's enrolments in this project. Other partners' enrolments are never listed.",
  })
  enrolments(@Root() project: Project, @Ctx() ctx: Context) {
    return ctx.loaders.enrolmentsByProjectId.load(project.id);
  }
}
