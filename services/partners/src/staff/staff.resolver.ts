import { apiError, ErrorCode, isUuid, Locale, type SubgraphContext, labelOf, LocaleArg } from '@polku/kit';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { PartnersLoaders } from '../loaders.js';
import { Organisation } from '../organisations/organisation.type.js';
import { ProjectPartnerEntity } from '../projects/project.entity.js';
import { PartnershipStatus } from '../projects/project-enums.js';
import { Project } from '../projects/project.type.js';
import { badInput, checkEmail, checkText, notFound, write } from '../validation.js';
import { StaffMemberEntity, StaffRoleEntity } from './staff.entity.js';
import { staffStore } from './staff.store.js';
import { StaffRole, staffRoleLabels, staffTitleLabels } from './staff-title.js';
import { CreateStaffMemberInput, Me, StaffMember, StaffRoleAssignment, UpdateStaffMemberInput } from './staff.type.js';

type Context = SubgraphContext<PartnersLoaders>;

/** What the caller's token says, resolved field by field. */
interface MeSource {
  subject: string;
  organisationId: string;
  roles: StaffRole[];
  projectIds: string[];
}

@Resolver(() => StaffMember)
export class StaffMemberResolver {
  @Mutation(() => StaffMember, { description: "Adds a staff member to the caller's own organisation. Organisation admins only." })
  createStaffMember(@Arg('input', () => CreateStaffMemberInput, { description: 'The new staff member.' }) input: CreateStaffMemberInput, @Ctx() ctx: Context) {
    checkText('subject', input.subject);
    checkText('name', input.name);
    checkEmail('email', input.email);
    return write(ctx.db, (manager) =>
      manager.save(
        manager.create(StaffMemberEntity, {
          orgId: input.organisationId,
          subject: input.subject,
          name: input.name,
          email: input.email ?? null,
          title: input.title,
          active: true,
        }),
      ),
    );
  }

  @Mutation(() => StaffMember, { description: "Changes a staff member of the caller's own organisation. Organisation admins only." })
  updateStaffMember(
    @Arg('id', () => ID, { description: 'The staff member.' }) id: string,
    @Arg('input', () => UpdateStaffMemberInput, { description: 'The changes.' }) input: UpdateStaffMemberInput,
    @Ctx() ctx: Context,
  ) {
    checkText('name', input.name);
    checkEmail('email', input.email);
    return write(ctx.db, async (manager) => {
      // Another organisation's staff are invisible here (row level security): not found, like a missing one.
      const member = isUuid(id) ? await manager.findOneBy(StaffMemberEntity, { id }) : null;
      if (!member) throw notFound('staff member');
      if (input.name) member.name = input.name;
      if (input.email !== undefined) member.email = input.email;
      if (input.title) member.title = input.title;
      if (input.active !== null && input.active !== undefined) member.active = input.active;
      return manager.save(member);
    });
  }

  @Mutation(() => StaffMember, {
    description: "Gives a staff member of the caller's own organisation a role, in the whole organisation or in one project it takes part in. Organisation admins only; PLATFORM_ADMIN is not theirs to give, and a project's COORDINATOR or FUNDER only the project's lead organisation gives.",
  })
  grantStaffRole(
    @Arg('staffMemberId', () => ID, { description: 'The staff member.' }) staffMemberId: string,
    @Arg('role', () => StaffRole, { description: 'The role.' }) role: StaffRole,
    @Arg('projectId', () => ID, { nullable: true, description: 'The project the role holds in; omit for the whole organisation.' }) projectId: string | null,
    @Ctx() ctx: Context,
  ) {
    if (role === StaffRole.PLATFORM_ADMIN) throw apiError(ErrorCode.FORBIDDEN, 'Platform admins are appointed by the platform, not by an organisation.');
    return write(ctx.db, async (manager) => {
      const member = isUuid(staffMemberId) ? await manager.findOneBy(StaffMemberEntity, { id: staffMemberId }) : null;
      if (!member) throw notFound('staff member');
      if (projectId) {
        const takesPart =
          isUuid(projectId) &&
          (await manager.existsBy(ProjectPartnerEntity, { projectId, organisationId: member.orgId, status: PartnershipStatus.ACCEPTED }));
        if (!takesPart) throw badInput('projectId', 'The organisation does not take part in that project.');
      }
      await manager
        .createQueryBuilder()
        .insert()
        .into(StaffRoleEntity)
        .values({ orgId: member.orgId, staffMemberId: member.id, role, projectId: projectId ?? null })
        .orIgnore()
        .execute();
      return member;
    });
  }

  @Mutation(() => StaffMember, { description: "Takes a role away from a staff member of the caller's own organisation. Organisation admins only." })
  revokeStaffRole(
    @Arg('staffMemberId', () => ID, { description: 'The staff member.' }) staffMemberId: string,
    @Arg('role', () => StaffRole, { description: 'The role.' }) role: StaffRole,
    @Arg('projectId', () => ID, { nullable: true, description: 'The project the role holds in; omit for the organisation-wide role.' }) projectId: string | null,
    @Ctx() ctx: Context,
  ) {
    return write(ctx.db, async (manager) => {
      const member = isUuid(staffMemberId) ? await manager.findOneBy(StaffMemberEntity, { id: staffMemberId }) : null;
      if (!member) throw notFound('staff member');
      const query = manager
        .createQueryBuilder()
        .delete()
        .from(StaffRoleEntity)
        .where('staff_member_id = :id AND role = :role', { id: member.id, role });
      query.andWhere(projectId ? 'project_id = :projectId' : 'project_id IS NULL', { projectId });
      await query.execute();
      return member;
    });
  }

  @FieldResolver(() => String)
  titleLabel(@Root() member: StaffMemberEntity, @Ctx() ctx: Context, @LocaleArg() locale?: Locale | null) {
    return labelOf(staffTitleLabels, member.title, locale, ctx);
  }

  @FieldResolver(() => Organisation)
  organisation(@Root() member: StaffMemberEntity, @Ctx() ctx: Context) {
    return ctx.loaders.organisationById.load(member.orgId);
  }

  @FieldResolver(() => [StaffRoleAssignment])
  roles(@Root() member: StaffMemberEntity, @Ctx() ctx: Context) {
    return ctx.loaders.rolesByStaffMemberId.load(member.id);
  }
}

@Resolver(() => StaffRoleAssignment)
export class StaffRoleAssignmentResolver {
  @FieldResolver(() => String)
  roleLabel(@Root() assignment: StaffRoleEntity, @Ctx() ctx: Context, @LocaleArg() locale?: Locale | null) {
    return labelOf(staffRoleLabels, assignment.role, locale, ctx);
  }

  @FieldResolver(() => Project, { nullable: true })
  project(@Root() assignment: StaffRoleEntity, @Ctx() ctx: Context) {
    return assignment.projectId ? ctx.loaders.projectById.load(assignment.projectId) : null;
  }
}

@Resolver(() => Me)
export class MeResolver {
  @Query(() => Me, { description: 'The caller: their organisation, the roles their token carries and their staff record.' })
  me(@Ctx() ctx: Context): MeSource {
    const { subject, organisationId, roles, projectIds } = ctx.caller;
    return { subject, organisationId, roles: [...roles] as StaffRole[], projectIds: [...projectIds] };
  }

  @FieldResolver(() => Organisation)
  organisation(@Root() me: MeSource, @Ctx() ctx: Context) {
    return ctx.loaders.organisationById.load(me.organisationId);
  }

  @FieldResolver(() => [String])
  roleLabels(@Root() me: MeSource, @Ctx() ctx: Context, @LocaleArg() locale?: Locale | null) {
    return me.roles.map((role) => labelOf(staffRoleLabels, role, locale, ctx));
  }

  @FieldResolver(() => [Project])
  async projects(@Root() me: MeSource, @Ctx() ctx: Context) {
    const projects = await ctx.loaders.projectById.loadMany(me.projectIds);
    return projects.filter((project) => project && !(project instanceof Error));
  }

  @FieldResolver(() => StaffMember, { nullable: true })
  staffMember(@Root() me: MeSource, @Ctx() ctx: Context) {
    return ctx.db.run((manager) => staffStore.bySubject(manager, me.organisationId, me.subject));
  }
}
