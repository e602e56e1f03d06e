import { apiError, ErrorCode, isUuid, Locale, PageArgs, Role, type SubgraphContext, labelOf, LocaleArg } from '@polku/kit';
import { LocalDateResolver } from 'graphql-scalars';
import type { EntityManager } from 'typeorm';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actAsPlatformAdmin } from '../auth/platform-admin.js';
import { FunderEntity, FundingProgrammeEntity } from '../funders/funder.entity.js';
import { Funder, FundingProgramme } from '../funders/funder.type.js';
import type { PartnersLoaders } from '../loaders.js';
import { ServiceOffering } from '../offerings/service-offering.type.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { Organisation } from '../organisations/organisation.type.js';
import { badInput, checkIds, checkSlug, checkText, notFound, write } from '../validation.js';
import { activationProblem, answerProblem, statusChangeProblem, todayInFinland } from './partnership-rules.js';
import {
  PartnerRole,
  partnerRoleLabels,
  PartnershipStatus,
  partnershipStatusLabels,
  ProjectStatus,
  projectStatusLabels,
  targetGroupLabels,
  countTargets,
  targetMetricLabels,
} from './project-enums.js';
import { ProjectEntity, ProjectPartnerEntity, type ProjectTargetValue } from './project.entity.js';
import { projectStore } from './project.store.js';
import {
  CreateProjectInput,
  Project,
  ProjectConnection,
  ProjectFilter,
  ProjectPartner,
  ProjectTarget,
  ProjectTargetInput,
  UpdateProjectInput,
} from './project.type.js';

type Context = SubgraphContext<PartnersLoaders>;

function checkTargets(targets: ProjectTargetInput[] | null | undefined) {
  for (const target of targets ?? []) {
    const share = !countTargets.has(target.metric);
    if (!Number.isFinite(target.minimum) || target.minimum < 0 || (share && target.minimum > 100)) {
      throw badInput('targets', share ? 'A share target is a percentage from 0 to 100.' : 'A count target is zero or more.');
    }
  }
}

function checkPeriod(startsOn: string | null | undefined, endsOn: string | null | undefined) {
  if (startsOn && endsOn && endsOn < startsOn) throw badInput('endsOn', 'A project cannot end before it starts.');
}

/** A fresh read inside the write's transaction; row level security already limits what is visible. */
async function projectIn(manager: EntityManager, id: string) {
  const project = isUuid(id) ? await projectStore.byId(manager, id) : null;
  if (!project) throw notFound('project');
  return project;
}

async function partnershipIn(manager: EntityManager, id: string) {
  const partnership = isUuid(id) ? await projectStore.partnershipById(manager, id) : null;
  if (!partnership) throw notFound('partnership');
  return partnership;
}

async function isEmploymentPolicy(manager: EntityManager, project: ProjectEntity) {
  if (!project.programmeId) return false;
  const programme = await manager.findOneBy(FundingProgrammeEntity, { id: project.programmeId });
  return programme?.employmentPolicy ?? false;
}

const toTargets = (targets: ProjectTargetInput[]): ProjectTargetValue[] => targets.map(({ metric, minimum }) => ({ metric, minimum }));

/** Platform admins write any project; the lead's admins write through the lead's own policy. */
async function asPlatformAdminIfOne(manager: EntityManager, ctx: Context) {
  if (ctx.caller.roles.includes(Role.PLATFORM_ADMIN)) await actAsPlatformAdmin(manager, ctx.caller);
}

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => ProjectConnection, { description: 'Joint projects on the platform, by name. A directory without personal data.' })
  projects(
    @Arg('filter', () => ProjectFilter, { nullable: true, description: 'Only projects matching this.' }) filter: ProjectFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    checkIds(filter, ['funderId', 'organisationId']);
    return ctx.db.run((manager) => projectStore.page(manager, filter ?? {}, page));
  }

  @Query(() => Project, { nullable: true, description: 'One project by its slug, or null when no project has it.' })
  project(@Arg('slug', { description: 'The project slug, e.g. "uusi-askel".' }) slug: string, @Ctx() ctx: Context) {
    return ctx.db.run((manager) => projectStore.bySlug(manager, slug));
  }

  @Mutation(() => Project, { description: 'Creates a project, PLANNED, with its lead organisation as the only partner. Platform admins only.' })
  createProject(@Arg('input', () => CreateProjectInput, { description: 'The new project.' }) input: CreateProjectInput, @Ctx() ctx: Context) {
    checkSlug('slug', input.slug);
    checkText('name', input.name);
    checkText('description', input.description || null, 4000);
    checkPeriod(input.startsOn, input.endsOn);
    checkTargets(input.targets);
    if (input.programmeId && !input.funderId) throw badInput('programmeId', 'A programme needs its funder.');
    return write(ctx.db, async (manager) => {
      await actAsPlatformAdmin(manager, ctx.caller);
      if (!isUuid(input.leadOrganisationId) || !(await manager.existsBy(OrganisationEntity, { id: input.leadOrganisationId }))) {
        throw badInput('leadOrganisationId', 'No such organisation.');
      }
      if (input.funderId && !(isUuid(input.funderId) && (await manager.existsBy(FunderEntity, { id: input.funderId })))) {
        throw badInput('funderId', 'No such funder.');
      }
      if (input.programmeId) {
        const programme = isUuid(input.programmeId) ? await manager.findOneBy(FundingProgrammeEntity, { id: input.programmeId }) : null;
        if (programme?.funderId !== input.funderId) throw badInput('programmeId', "No such programme of the project's funder.");
      }
      const project = await manager.save(
        manager.create(ProjectEntity, {
          slug: input.slug,
          name: input.name,
          description: input.description ?? '',
          leadOrganisationId: input.leadOrganisationId,
          funderId: input.funderId ?? null,
          programmeId: input.programmeId ?? null,
          startsOn: input.startsOn ?? null,
          endsOn: input.endsOn ?? null,
          status: ProjectStatus.PLANNED,
          targetGroups: [...new Set(input.targetGroups ?? [])],
          targets: toTargets(input.targets ?? []),
        }),
      );
      await manager.insert(ProjectPartnerEntity, {
        projectId: project.id,
        organisationId: project.leadOrganisationId,
        role: PartnerRole.LEAD,
        status: PartnershipStatus.ACCEPTED,
        joinedOn: project.startsOn ?? todayInFinland(),
      });
      return project;
    });
  }

  @Mutation(() => Project, { description: "Changes a project's details. Platform admins, or the lead organisation's admins." })
  updateProject(
    @Arg('id', () => ID, { description: 'The project.' }) id: string,
    @Arg('input', () => UpdateProjectInput, { description: 'The changes.' }) input: UpdateProjectInput,
    @Ctx() ctx: Context,
  ) {
    checkText('name', input.name);
    checkText('description', input.description || null, 4000);
    checkTargets(input.targets);
    return write(ctx.db, async (manager) => {
      await asPlatformAdminIfOne(manager, ctx);
      const project = await projectIn(manager, id);
      if (input.name) project.name = input.name;
      if (input.description !== null && input.description !== undefined) project.description = input.description;
      if (input.startsOn !== undefined) project.startsOn = input.startsOn;
      if (input.endsOn !== undefined) project.endsOn = input.endsOn;
      if (input.targetGroups) project.targetGroups = [...new Set(input.targetGroups)];
      if (input.targets) project.targets = toTargets(input.targets);
      checkPeriod(project.startsOn, project.endsOn);
      if (project.status === ProjectStatus.ACTIVE) {
        // The joint-project rule holds while the project is active, not only at activation (moving startsOn to 2023 and back).
        const partners = await projectStore.countCurrentPartners(manager, project.id);
        const notJoint = activationProblem({ employmentPolicy: await isEmploymentPolicy(manager, project), startsOn: project.startsOn }, partners);
        if (notJoint) throw apiError(ErrorCode.CONFLICT, notJoint, { rule: 'JOINT_PROJECT_NEEDS_TWO_IMPLEMENTERS', implementingOrganisations: partners });
      }
      return manager.save(project);
    });
  }

  @Mutation(() => Project, {
    description:
      'Moves a project forward: PLANNED → ACTIVE → CLOSED. An employment-policy project starting in 2024 or later becomes ACTIVE only with at least two implementing organisations. Platform admins, or the lead organisation\'s admins.',
  })
  changeProjectStatus(
    @Arg('id', () => ID, { description: 'The project.' }) id: string,
    @Arg('status', () => ProjectStatus, { description: 'The new status.' }) status: ProjectStatus,
    @Ctx() ctx: Context,
  ) {
    return write(ctx.db, async (manager) => {
      await asPlatformAdminIfOne(manager, ctx);
      const project = await projectIn(manager, id);
      const problem = statusChangeProblem(project.status, status);
      if (problem) throw apiError(ErrorCode.CONFLICT, problem, { rule: 'STATUS_ORDER' });
      if (status === ProjectStatus.ACTIVE && project.status !== ProjectStatus.ACTIVE) {
        const partners = await projectStore.countCurrentPartners(manager, project.id);
        const notJoint = activationProblem({ employmentPolicy: await isEmploymentPolicy(manager, project), startsOn: project.startsOn }, partners);
        if (notJoint) throw apiError(ErrorCode.CONFLICT, notJoint, { rule: 'JOINT_PROJECT_NEEDS_TWO_IMPLEMENTERS', implementingOrganisations: partners });
      }
      project.status = status;
      return manager.save(project);
    });
  }

  @Mutation(() => ProjectPartner, {
    description: "Invites an organisation to implement the project; it takes part once its admins accept. The lead organisation's admins only.",
  })
  invitePartner(
    @Arg('projectId', () => ID, { description: 'The project.' }) projectId: string,
    @Arg('organisationId', () => ID, { description: 'The organisation to invite.' }) organisationId: string,
    @Ctx() ctx: Context,
  ) {
    return write(ctx.db, async (manager) => {
      const project = await projectIn(manager, projectId);
      if (project.status === ProjectStatus.CLOSED) throw apiError(ErrorCode.CONFLICT, 'A closed project takes no new partners.');
      const organisation = isUuid(organisationId) ? await manager.findOneBy(OrganisationEntity, { id: organisationId }) : null;
      if (!organisation) throw badInput('organisationId', 'No such organisation.');
      if (!organisation.active) throw badInput('organisationId', 'The organisation is not active on the platform.');
      const open = await manager.findOne(ProjectPartnerEntity, {
        where: [
          { projectId, organisationId, status: PartnershipStatus.INVITED },
          { projectId, organisationId, status: PartnershipStatus.ACCEPTED },
        ],
      });
      if (open) throw apiError(ErrorCode.CONFLICT, `The organisation is already ${open.status === PartnershipStatus.INVITED ? 'invited to' : 'a partner of'} the project.`);
      return manager.save(
        manager.create(ProjectPartnerEntity, { projectId, organisationId, role: PartnerRole.IMPLEMENTER, status: PartnershipStatus.INVITED }),
      );
    });
  }

  @FieldResolver(() => Organisation)
  leadOrganisation(@Root() project: ProjectEntity, @Ctx() ctx: Context) {
    return ctx.loaders.organisationById.load(project.leadOrganisationId);
  }

  @FieldResolver(() => Funder, { nullable: true })
  funder(@Root() project: ProjectEntity, @Ctx() ctx: Context) {
    return project.funderId ? ctx.loaders.funderById.load(project.funderId) : null;
  }

  @FieldResolver(() => FundingProgramme, { nullable: true })
  programme(@Root() project: ProjectEntity, @Ctx() ctx: Context) {
    return project.programmeId ? ctx.loaders.programmeById.load(project.programmeId) : null;
  }

  @FieldResolver(() => Boolean)
  async employmentPolicy(@Root() project: ProjectEntity, @Ctx() ctx: Context) {
    if (!project.programmeId) return false;
    return (await ctx.loaders.programmeById.load(project.programmeId))?.employmentPolicy ?? false;
  }

  @FieldResolver(() => String)
  statusLabel(@Root() project: ProjectEntity, @Ctx() ctx: Context, @LocaleArg() locale?: Locale | null) {
    return labelOf(projectStatusLabels, project.status, locale, ctx);
  }

  @FieldResolver(() => [String])
  targetGroupLabels(@Root() project: ProjectEntity, @Ctx() ctx: Context, @LocaleArg() locale?: Locale | null) {
    return project.targetGroups.map((group) => labelOf(targetGroupLabels, group, locale, ctx));
  }

  @FieldResolver(() => [ServiceOffering])
  serviceOfferings(@Root() project: ProjectEntity, @Ctx() ctx: Context) {
    return ctx.loaders.serviceOfferingsByProjectId.load(project.id);
  }

  @FieldResolver(() => [ProjectPartner])
  partners(@Root() project: ProjectEntity, @Ctx() ctx: Context) {
    return ctx.loaders.partnersByProjectId.load(project.id);
  }

  @FieldResolver(() => [ProjectPartner])
  partnerships(@Root() project: ProjectEntity, @Ctx() ctx: Context) {
    return ctx.loaders.partnershipsByProjectId.load(project.id);
  }
}

@Resolver(() => ProjectTarget)
export class ProjectTargetResolver {
  @FieldResolver(() => String)
  metricLabel(@Root() target: ProjectTargetValue, @Ctx() ctx: Context, @LocaleArg() locale?: Locale | null) {
    return labelOf(targetMetricLabels, target.metric, locale, ctx);
  }
}

@Resolver(() => ProjectPartner)
export class ProjectPartnerResolver {
  @Mutation(() => ProjectPartner, { description: "Accepts an invitation to a project: the organisation takes part from joinedOn (today by default). The invited organisation's admins only." })
  acceptPartnership(
    @Arg('id', () => ID, { description: 'The invitation (a ProjectPartner in status INVITED).' }) id: string,
    @Arg('joinedOn', () => LocalDateResolver, { nullable: true, description: 'The day the organisation joins; today by default.' }) joinedOn: string | null,
    @Ctx() ctx: Context,
  ) {
    return write(ctx.db, async (manager) => {
      const partnership = await partnershipIn(manager, id);
      const problem = answerProblem(partnership.status);
      if (problem) throw apiError(ErrorCode.CONFLICT, problem);
      partnership.status = PartnershipStatus.ACCEPTED;
      partnership.respondedAt = new Date();
      partnership.joinedOn = joinedOn ?? todayInFinland();
      return manager.save(partnership);
    });
  }

  @Mutation(() => ProjectPartner, { description: "Declines an invitation to a project. The invited organisation's admins only." })
  declinePartnership(@Arg('id', () => ID, { description: 'The invitation (a ProjectPartner in status INVITED).' }) id: string, @Ctx() ctx: Context) {
    return write(ctx.db, async (manager) => {
      const partnership = await partnershipIn(manager, id);
      const problem = answerProblem(partnership.status);
      if (problem) throw apiError(ErrorCode.CONFLICT, problem);
      partnership.status = PartnershipStatus.DECLINED;
      partnership.respondedAt = new Date();
      return manager.save(partnership);
    });
  }

  @Mutation(() => ProjectPartner, {
    description: "Ends an implementer's part in a project on leftOn (today by default). The lead organisation's admins, or the implementer's own admins when it leaves.",
  })
  endPartnership(
    @Arg('id', () => ID, { description: 'The participation (a ProjectPartner in status ACCEPTED).' }) id: string,
    @Arg('leftOn', () => LocalDateResolver, { nullable: true, description: 'The last day of taking part; today by default.' }) leftOn: string | null,
    @Ctx() ctx: Context,
  ) {
    return write(ctx.db, async (manager) => {
      const partnership = await partnershipIn(manager, id);
      if (partnership.status !== PartnershipStatus.ACCEPTED) throw apiError(ErrorCode.CONFLICT, 'Only a current partner can leave a project.');
      if (partnership.role === PartnerRole.LEAD) throw apiError(ErrorCode.CONFLICT, 'The lead organisation cannot leave its own project.');
      const day = leftOn ?? todayInFinland();
      if (day < partnership.joinedOn!) throw badInput('leftOn', 'An organisation cannot leave before it joined.');
      partnership.status = PartnershipStatus.LEFT;
      partnership.leftOn = day;
      return manager.save(partnership);
    });
  }

  @FieldResolver(() => Project)
  project(@Root() partner: ProjectPartnerEntity, @Ctx() ctx: Context) {
    return ctx.loaders.projectById.load(partner.projectId);
  }

  @FieldResolver(() => Organisation)
  organisation(@Root() partner: ProjectPartnerEntity, @Ctx() ctx: Context) {
    return ctx.loaders.organisationById.load(partner.organisationId);
  }

  @FieldResolver(() => String)
  roleLabel(@Root() partner: ProjectPartnerEntity, @Ctx() ctx: Context, @LocaleArg() locale?: Locale | null) {
    return labelOf(partnerRoleLabels, partner.role, locale, ctx);
  }

  @FieldResolver(() => String)
  statusLabel(@Root() partner: ProjectPartnerEntity, @Ctx() ctx: Context, @LocaleArg() locale?: Locale | null) {
    return labelOf(partnershipStatusLabels, partner.status, locale, ctx);
  }
}
