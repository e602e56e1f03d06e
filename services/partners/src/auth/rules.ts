import { and, apiError, ErrorCode, hasRole, isAuthenticated, isUuid, or, rule, type EntryPointRules, type SubgraphContext } from '@polku/kit';
import type { PartnersLoaders } from '../loaders.js';

type Context = SubgraphContext<PartnersLoaders>;
type Args = Record<string, any>;

/**
 * Who may do what in the partner directory. Rules guard the entry points;
 * row level security guards the rows again (docs/partners.md). Rules that
 * read arguments look rows up through the request's dataloaders; a missing
 * row answers NOT_FOUND, another organisation's directory row FORBIDDEN.
 */
const isPlatformAdmin = hasRole('PLATFORM_ADMIN');
const isOrgAdmin = hasRole('ORG_ADMIN');

const notFound = (what: string) => apiError(ErrorCode.NOT_FOUND, `No such ${what}.`);

/** The organisation named by `input.organisationId` is the caller's own. */
const ownOrganisationInInput = rule('ownOrganisationInInput', { cache: 'no_cache' })(
  (_parent, args: Args, ctx: Context) => args.input?.organisationId === ctx.caller.organisationId,
);

/** The organisation named by `id` is the caller's own. */
const ownOrganisationById = rule('ownOrganisationById', { cache: 'no_cache' })((_parent, args: Args, ctx: Context) => args.id === ctx.caller.organisationId);

/** The unit named by `id` belongs to the caller's organisation. */
const ownUnit = rule('ownUnit', { cache: 'no_cache' })(async (_parent, args: Args, ctx: Context) => {
  const unit = await ctx.loaders.unitById.load(args.id);
  return unit ? unit.organisationId === ctx.caller.organisationId : notFound('unit');
});

/** The service offering named by `id` belongs to the caller's organisation. */
const ownOffering = rule('ownOffering', { cache: 'no_cache' })(async (_parent, args: Args, ctx: Context) => {
  const offering = await ctx.loaders.serviceOfferingById.load(args.id);
  return offering ? offering.organisationId === ctx.caller.organisationId : notFound('service offering');
});

/** The caller's organisation leads the project named by `argument`. */
const leadsProject = (argument: string) =>
  rule(`leadsProject(${argument})`, { cache: 'no_cache' })(async (_parent, args: Args, ctx: Context) => {
    const project = await ctx.loaders.projectById.load(args[argument]);
    return project ? project.leadOrganisationId === ctx.caller.organisationId : notFound('project');
  });

/** The partnership named by `id` is the caller's organisation's own (it was invited). */
const ownPartnership = rule('ownPartnership', { cache: 'no_cache' })(async (_parent, args: Args, ctx: Context) => {
  const partnership = await ctx.loaders.partnershipById.load(args.id);
  return partnership ? partnership.organisationId === ctx.caller.organisationId : notFound('partnership');
});

/** The partnership named by `id` is in a project the caller's organisation leads. */
const leadsPartnershipProject = rule('leadsPartnershipProject', { cache: 'no_cache' })(async (_parent, args: Args, ctx: Context) => {
  const partnership = await ctx.loaders.partnershipById.load(args.id);
  if (!partnership) return notFound('partnership');
  const project = await ctx.loaders.projectById.load(partnership.projectId);
  return project?.leadOrganisationId === ctx.caller.organisationId;
});

/**
 * A COORDINATOR or FUNDER role for a project sees the project's pooled
 * figures: only the project's lead appoints one (its own staff; row level
 * security keeps other organisations' staff out of reach). Other roles, and a
 * project role held organisation-wide (no project), need no lead.
 */
const appointsProjectRole = rule('appointsProjectRole', { cache: 'no_cache' })(async (_parent, args: Args, ctx: Context) => {
  if (!args.projectId || (args.role !== 'COORDINATOR' && args.role !== 'FUNDER')) return true;
  const project = await ctx.loaders.projectById.load(args.projectId);
  if (!project) return true; // the resolver answers BAD_USER_INPUT for a project the organisation does not take part in
  return project.leadOrganisationId === ctx.caller.organisationId || apiError(ErrorCode.FORBIDDEN, "Only the project's lead organisation appoints its coordinators and funders.");
});

/** Staff are personal data: listed only to the organisation's own staff. */
const ownOrganisationStaff = rule('ownOrganisationStaff', { cache: 'no_cache' })(
  (parent: { id?: string }, _args, ctx: Context) => isUuid(parent.id) && parent.id === ctx.caller.organisationId,
);

export const partnersRules: EntryPointRules = {
  Query: {
    organisations: isAuthenticated,
    organisation: isAuthenticated,
    projects: isAuthenticated,
    project: isAuthenticated,
    serviceOfferings: isAuthenticated,
    funders: isAuthenticated,
    me: isAuthenticated,
  },
  Mutation: {
    createOrganisation: isPlatformAdmin,
    updateOrganisation: or(isPlatformAdmin, and(isOrgAdmin, ownOrganisationById)),
    createFunder: isPlatformAdmin,
    createFundingProgramme: isPlatformAdmin,
    createProject: isPlatformAdmin,
    updateProject: or(isPlatformAdmin, and(isOrgAdmin, leadsProject('id'))),
    changeProjectStatus: or(isPlatformAdmin, and(isOrgAdmin, leadsProject('id'))),
    invitePartner: and(isOrgAdmin, leadsProject('projectId')),
    acceptPartnership: and(isOrgAdmin, ownPartnership),
    declinePartnership: and(isOrgAdmin, ownPartnership),
    endPartnership: and(isOrgAdmin, or(leadsPartnershipProject, ownPartnership)),
    createUnit: and(isOrgAdmin, ownOrganisationInInput),
    updateUnit: and(isOrgAdmin, ownUnit),
    createStaffMember: and(isOrgAdmin, ownOrganisationInInput),
    // Staff rows of other organisations are invisible (row level security): those answer NOT_FOUND.
    updateStaffMember: isOrgAdmin,
    grantStaffRole: and(isOrgAdmin, appointsProjectRole),
    revokeStaffRole: isOrgAdmin,
    createServiceOffering: and(isOrgAdmin, ownOrganisationInInput),
    updateServiceOffering: and(isOrgAdmin, ownOffering),
  },
  // `__resolveReference` is how `_entities` reaches each entity: directory rows for every caller
  // (row level security hides other organisations' staff).
  Organisation: { __resolveReference: isAuthenticated, staff: ownOrganisationStaff },
  Project: { __resolveReference: isAuthenticated },
  ProjectPartner: { __resolveReference: isAuthenticated },
  ServiceOffering: { __resolveReference: isAuthenticated },
  Unit: { __resolveReference: isAuthenticated },
  StaffMember: { __resolveReference: isAuthenticated },
};
