import { isUuid, Locale, PageArgs, type SubgraphContext, labelOf, LocaleArg } from '@polku/kit';
import type { EntityManager } from 'typeorm';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { PartnersLoaders } from '../loaders.js';
import { Organisation } from '../organisations/organisation.type.js';
import { ProjectPartnerEntity } from '../projects/project.entity.js';
import { PartnershipStatus } from '../projects/project-enums.js';
import { Project } from '../projects/project.type.js';
import { UnitEntity } from '../units/unit.entity.js';
import { Unit } from '../units/unit.type.js';
import { badInput, checkIds, checkText, notFound, write } from '../validation.js';
import { ServiceOfferingEntity } from './service-offering.entity.js';
import { serviceOfferingStore } from './service-offering.store.js';
import {
  CreateServiceOfferingInput,
  ServiceOffering,
  ServiceOfferingConnection,
  ServiceOfferingFilter,
  UpdateServiceOfferingInput,
} from './service-offering.type.js';
import { serviceTypeLabels } from './service-type.js';

type Context = SubgraphContext<PartnersLoaders>;

function checkCapacity(capacity: number | null | undefined) {
  if (capacity !== null && capacity !== undefined && capacity < 1) throw badInput('capacity', 'Capacity is at least 1; leave it out when unlimited.');
}

async function checkUnitOf(manager: EntityManager, organisationId: string, unitId: string | null | undefined) {
  if (!unitId) return;
  const own = isUuid(unitId) && (await manager.existsBy(UnitEntity, { id: unitId, organisationId }));
  if (!own) throw badInput('unitId', 'No such unit in the organisation.');
}

@Resolver(() => ServiceOffering)
export class ServiceOfferingResolver {
  @Query(() => ServiceOfferingConnection, { description: 'Services partners offer, by name. A directory without personal data.' })
  serviceOfferings(
    @Arg('filter', () => ServiceOfferingFilter, { nullable: true, description: 'Only offerings matching this.' }) filter: ServiceOfferingFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    checkIds(filter, ['funderId', 'projectId', 'organisationId']);
    return ctx.db.run((manager) => serviceOfferingStore.page(manager, filter ?? {}, page));
  }

  @Mutation(() => ServiceOffering, { description: "Adds a service the caller's own organisation offers, in a project it takes part in or generally. Organisation admins only." })
  createServiceOffering(
    @Arg('input', () => CreateServiceOfferingInput, { description: 'The new offering.' }) input: CreateServiceOfferingInput,
    @Ctx() ctx: Context,
  ) {
    checkText('name', input.name);
    checkCapacity(input.capacity);
    return write(ctx.db, async (manager) => {
      if (input.projectId) {
        const takesPart =
          isUuid(input.projectId) &&
          (await manager.existsBy(ProjectPartnerEntity, { projectId: input.projectId, organisationId: input.organisationId, status: PartnershipStatus.ACCEPTED }));
        if (!takesPart) throw badInput('projectId', 'The organisation does not take part in that project.');
      }
      await checkUnitOf(manager, input.organisationId, input.unitId);
      return manager.save(
        manager.create(ServiceOfferingEntity, {
          organisationId: input.organisationId,
          projectId: input.projectId ?? null,
          unitId: input.unitId ?? null,
          type: input.type,
          name: input.name,
          capacity: input.capacity ?? null,
          acceptsReferrals: input.acceptsReferrals ?? true,
        }),
      );
    });
  }

  @Mutation(() => ServiceOffering, { description: "Changes a service the caller's own organisation offers, e.g. whether it accepts referrals now. Organisation admins only." })
  updateServiceOffering(
    @Arg('id', () => ID, { description: 'The offering.' }) id: string,
    @Arg('input', () => UpdateServiceOfferingInput, { description: 'The changes.' }) input: UpdateServiceOfferingInput,
    @Ctx() ctx: Context,
  ) {
    checkText('name', input.name);
    checkCapacity(input.capacity);
    return write(ctx.db, async (manager) => {
      const offering = isUuid(id) ? await manager.findOneBy(ServiceOfferingEntity, { id, organisationId: ctx.caller.organisationId }) : null;
      if (!offering) throw notFound('service offering');
      if (input.unitId !== undefined) {
        await checkUnitOf(manager, offering.organisationId, input.unitId);
        offering.unitId = input.unitId;
      }
      if (input.name) offering.name = input.name;
      if (input.type) offering.type = input.type;
      if (input.capacity !== undefined) offering.capacity = input.capacity;
      if (input.acceptsReferrals !== null && input.acceptsReferrals !== undefined) offering.acceptsReferrals = input.acceptsReferrals;
      return manager.save(offering);
    });
  }

  @FieldResolver(() => String)
  typeLabel(@Root() offering: ServiceOfferingEntity, @Ctx() ctx: Context, @LocaleArg() locale?: Locale | null) {
    return labelOf(serviceTypeLabels, offering.type, locale, ctx);
  }

  @FieldResolver(() => Organisation)
  organisation(@Root() offering: ServiceOfferingEntity, @Ctx() ctx: Context) {
    return ctx.loaders.organisationById.load(offering.organisationId);
  }

  @FieldResolver(() => Project, { nullable: true })
  project(@Root() offering: ServiceOfferingEntity, @Ctx() ctx: Context) {
    return offering.projectId ? ctx.loaders.projectById.load(offering.projectId) : null;
  }

  @FieldResolver(() => Unit, { nullable: true })
  unit(@Root() offering: ServiceOfferingEntity, @Ctx() ctx: Context) {
    return offering.unitId ? ctx.loaders.unitById.load(offering.unitId) : null;
  }
}
