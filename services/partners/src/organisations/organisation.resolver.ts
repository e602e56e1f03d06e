import { apiError, ErrorCode, Locale, PageArgs, Role, type SubgraphContext, labelOf, LocaleArg } from '@polku/kit';
import { Arg, Args, Ctx, Extensions, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actAsPlatformAdmin } from '../auth/platform-admin.js';
import type { PartnersLoaders } from '../loaders.js';
import { ServiceOffering } from '../offerings/service-offering.type.js';
import { ProjectPartner } from '../projects/project.type.js';
import { StaffMember } from '../staff/staff.type.js';
import { Unit } from '../units/unit.type.js';
import { badInput, checkEmail, checkSlug, checkText, notFound, write } from '../validation.js';
import { businessIdProblem } from './business-id.js';
import { organisationKindLabels } from './organisation-kind.js';
import { OrganisationEntity } from './organisation.entity.js';
import { organisationStore } from './organisation.store.js';
import {
  Contact,
  ContactInput,
  CreateOrganisationInput,
  Organisation,
  OrganisationConnection,
  OrganisationFilter,
  UpdateOrganisationInput,
} from './organisation.type.js';

type Context = SubgraphContext<PartnersLoaders>;

function checkBusinessId(value: string | null | undefined) {
  if (value === null || value === undefined) return;
  const problem = businessIdProblem(value);
  if (problem) throw badInput('businessId', problem);
}

function checkContact(contact: ContactInput | null | undefined) {
  if (!contact) return;
  checkEmail('contact.email', contact.email);
  checkText('contact.phone', contact.phone, 40);
  if (contact.website && !/^https?:\/\/\S+$/.test(contact.website)) throw badInput('contact.website', 'A web site address starts with http:// or https://.');
}

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => OrganisationConnection, { description: 'Organisations on the platform, by name. A directory without personal data.' })
  organisations(
    @Arg('filter', () => OrganisationFilter, { nullable: true, description: 'Only organisations matching this.' }) filter: OrganisationFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.db.run((manager) => organisationStore.page(manager, filter ?? {}, page));
  }

  @Query(() => Organisation, { nullable: true, description: 'One organisation by its slug, or null when no organisation has it.' })
  organisation(@Arg('slug', { description: 'The organisation slug, e.g. "sotek".' }) slug: string, @Ctx() ctx: Context) {
    return ctx.db.run((manager) => organisationStore.bySlug(manager, slug));
  }

  @Mutation(() => Organisation, { description: 'Adds an organisation to the platform. Platform admins only.' })
  createOrganisation(@Arg('input', () => CreateOrganisationInput, { description: 'The new organisation.' }) input: CreateOrganisationInput, @Ctx() ctx: Context) {
    checkSlug('slug', input.slug);
    checkText('name', input.name);
    checkText('municipality', input.municipality, 100);
    checkBusinessId(input.businessId);
    checkContact(input.contact);
    return write(ctx.db, async (manager) => {
      await actAsPlatformAdmin(manager, ctx.caller);
      return manager.save(
        manager.create(OrganisationEntity, {
          slug: input.slug,
          name: input.name,
          kind: input.kind,
          businessId: input.businessId ?? null,
          municipality: input.municipality ?? null,
          contactEmail: input.contact?.email ?? null,
          contactPhone: input.contact?.phone ?? null,
          website: input.contact?.website ?? null,
          active: true,
        }),
      );
    });
  }

  @Mutation(() => Organisation, {
    description: "Changes an organisation's details. Platform admins for any organisation; an organisation's own admins for theirs (not its active flag).",
  })
  updateOrganisation(
    @Arg('id', () => ID, { description: 'The organisation.' }) id: string,
    @Arg('input', () => UpdateOrganisationInput, { description: 'The changes.' }) input: UpdateOrganisationInput,
    @Ctx() ctx: Context,
  ) {
    checkText('name', input.name);
    checkText('municipality', input.municipality, 100);
    checkBusinessId(input.businessId);
    checkContact(input.contact);
    const platformAdmin = ctx.caller.roles.includes(Role.PLATFORM_ADMIN);
    if (input.active !== null && input.active !== undefined && !platformAdmin) {
      throw apiError(ErrorCode.FORBIDDEN, 'Only a platform admin may activate or deactivate an organisation.');
    }
    return write(ctx.db, async (manager) => {
      if (platformAdmin) await actAsPlatformAdmin(manager, ctx.caller);
      const organisation = await organisationStore.byId(manager, id);
      if (!organisation) throw notFound('organisation');
      if (input.name) organisation.name = input.name;
      if (input.businessId !== undefined) organisation.businessId = input.businessId;
      if (input.municipality !== undefined) organisation.municipality = input.municipality;
      if (input.contact) {
        organisation.contactEmail = input.contact.email ?? null;
        organisation.contactPhone = input.contact.phone ?? null;
        organisation.website = input.contact.website ?? null;
      }
      if (input.active !== null && input.active !== undefined) organisation.active = input.active;
      return manager.save(organisation);
    });
  }

  @FieldResolver(() => String)
  kindLabel(@Root() organisation: OrganisationEntity, @Ctx() ctx: Context, @LocaleArg() locale?: Locale | null) {
    return labelOf(organisationKindLabels, organisation.kind, locale, ctx);
  }

  @FieldResolver(() => Contact)
  contact(@Root() organisation: OrganisationEntity): Contact {
    return { email: organisation.contactEmail, phone: organisation.contactPhone, website: organisation.website };
  }

  @FieldResolver(() => [Unit], { description: "The organisation's workplaces, by name." })
  units(@Root() organisation: OrganisationEntity, @Ctx() ctx: Context) {
    return ctx.loaders.unitsByOrganisationId.load(organisation.id);
  }

  @Extensions({ sensitive: true })
  @FieldResolver(() => [StaffMember], { description: "The organisation's staff, by name. Personal data: only the organisation's own staff may read it." })
  staff(@Root() organisation: OrganisationEntity, @Ctx() ctx: Context) {
    return ctx.loaders.staffByOrganisationId.load(organisation.id);
  }

  @FieldResolver(() => [ProjectPartner], { description: "The organisation's participations in projects, invitations and past ones included, newest first." })
  partnerships(@Root() organisation: OrganisationEntity, @Ctx() ctx: Context) {
    return ctx.loaders.partnershipsByOrganisationId.load(organisation.id);
  }

  @FieldResolver(() => [ServiceOffering], { description: 'Services the organisation offers, in projects or generally, by name.' })
  serviceOfferings(@Root() organisation: OrganisationEntity, @Ctx() ctx: Context) {
    return ctx.loaders.serviceOfferingsByOrganisationId.load(organisation.id);
  }
}
