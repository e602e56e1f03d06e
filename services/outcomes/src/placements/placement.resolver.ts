import { apiError, decodeCursor, ErrorCode, isUuid, LocaleArg, labelOf, Locale, PageArgs, pageSize, toPage, type SubgraphContext } from '@polku/kit';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { accessRequestOf, logReads } from '../audit/audited-reads.js';
import { personalFieldsSelected } from '../audit/selected-fields.js';
import type { OutcomesLoaders } from '../loaders.js';
import { enrolmentFacts } from '../references/enrolment-facts.js';
import { Enrolment } from '../references/enrolment.reference.js';
import { projectPeriod } from '../references/project-period.js';
import { checkOwnWorkplaceRefs } from '../references/workplace.js';
import { placementFundingLabels, placementKindLabels } from './placement-kind.js';
import {
  checkContact,
  checkEmployer,
  checkHours,
  checkMentoringHours,
  checkMentoringMonth,
  checkPlacementDays,
} from './placement-rules.js';
import { cleanText } from '../input-rules.js';
import { placementStore, type PlacementRow } from './placement.store.js';
import {
  RecordMentoringInput,
  MentoringMonth,
  Placement,
  PlacementConnection,
  PlacementContact,
  PlacementEmployer,
  PlacementKindFigure,
  RecordPlacementInput,
  UpdatePlacementInput,
} from './placement.type.js';

type Context = SubgraphContext<OutcomesLoaders>;

const notFound = () => apiError(ErrorCode.NOT_FOUND, 'No such placement.', { argument: 'placementId' });

/** Units and staff members named by an input must be the caller's organisation's. */
function workplaceRefs(p: { employerUnitId: string | null; supervisorStaffId: string | null; instructorStaffId: string | null }) {
  return [
    ...(p.employerUnitId ? [{ typename: 'Unit' as const, id: p.employerUnitId, argument: 'employerUnitId' }] : []),
    ...(p.supervisorStaffId ? [{ typename: 'StaffMember' as const, id: p.supervisorStaffId, argument: 'supervisor' }] : []),
    ...(p.instructorStaffId ? [{ typename: 'StaffMember' as const, id: p.instructorStaffId, argument: 'workplaceInstructor' }] : []),
  ];
}

@Resolver(() => Placement)
export class PlacementResolver {
  @Query(() => PlacementConnection, { description: "The caller's organisation's placements, latest start first, a page at a time." })
  async placements(@Args() page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const size = pageSize(page.first);
    const after = decodeCursor(page.after, ['date', 'uuid']);
    const rows = await ctx.db.run(async (manager) => {
      const found = await placementStore.page(manager, size + 1, after ? { startsOn: after[0]!, id: after[1]! } : undefined);
      await logReads(manager, 'Placement', found.slice(0, size), personalFieldsSelected(info, 'Placement'), accessRequestOf(ctx, info));
      return found;
    });
    return toPage(rows, size, (row) => [row.startsOn, row.id]);
  }

  @Mutation(() => Placement, {
    description:
      "Records a placement of an enrolment of the caller's organisation. NOT_FOUND for an enrolment that is not the caller's; BAD_USER_INPUT (with a reason) for days outside the project's period or before the enrolment started, an end before the start, hours outside 0–40, an invalid business ID, or a unit or staff member not of the caller's organisation.",
  })
  async recordPlacement(@Arg('input', () => RecordPlacementInput, { description: 'The enrolment, kind, employer, days, hours, funding and contacts.' }) input: RecordPlacementInput, @Ctx() ctx: Context) {
    const employer = checkEmployer(input);
    const supervisor = checkContact(input.supervisor, 'supervisor');
    const instructor = checkContact(input.workplaceInstructor, 'workplaceInstructor');
    const facts = {
      kind: input.kind,
      programme: cleanText(input.programme, 80, 'programme'),
      ...employer,
      startsOn: input.startsOn,
      endsOn: input.endsOn ?? null,
      hoursPerWeek: checkHours(input.hoursPerWeek),
      funding: input.funding,
      supervisorStaffId: supervisor.staffId,
      supervisorName: supervisor.name,
      instructorStaffId: instructor.staffId,
      instructorName: instructor.name,
    };
    const enrolment = await enrolmentFacts(ctx.peers, ctx.caller.organisationId, input.enrolmentId);
    checkPlacementDays(facts.startsOn, facts.endsOn, enrolment.startedOn, await projectPeriod(ctx.peers, enrolment.projectId));
    await checkOwnWorkplaceRefs(ctx.peers, ctx.caller.organisationId, workplaceRefs(facts));
    const id = await ctx.db.run((manager) =>
      placementStore.insert(manager, { ...facts, orgId: enrolment.organisationId, enrolmentId: enrolment.id, projectId: enrolment.projectId, recordedBy: ctx.caller.subject }),
    );
    return ctx.loaders.placementById.load(id);
  }

  @Mutation(() => Placement, {
    description:
      "Changes a placement of the caller's organisation: its end day (ending it), hours, funding or contacts. NOT_FOUND for another organisation's placement; BAD_USER_INPUT as recordPlacement.",
  })
  async updatePlacement(
    @Arg('placementId', () => ID, { description: 'The placement.' }) placementId: string,
    @Arg('input', () => UpdatePlacementInput, { description: 'What changes.' }) input: UpdatePlacementInput,
    @Ctx() ctx: Context,
  ) {
    if (!isUuid(placementId)) throw notFound();
    const current = await ctx.loaders.placementById.load(placementId);
    if (!current || current.erasedAt) throw notFound();
    const supervisor = input.supervisor === undefined ? null : checkContact(input.supervisor, 'supervisor');
    const instructor = input.workplaceInstructor === undefined ? null : checkContact(input.workplaceInstructor, 'workplaceInstructor');
    const next: PlacementRow = {
      ...current,
      endsOn: input.endsOn === undefined ? current.endsOn : input.endsOn,
      hoursPerWeek: input.hoursPerWeek == null ? current.hoursPerWeek : checkHours(input.hoursPerWeek),
      funding: input.funding ?? current.funding,
      supervisorStaffId: supervisor ? supervisor.staffId : current.supervisorStaffId,
      supervisorName: supervisor ? supervisor.name : current.supervisorName,
      instructorStaffId: instructor ? instructor.staffId : current.instructorStaffId,
      instructorName: instructor ? instructor.name : current.instructorName,
    };
    checkPlacementDays(next.startsOn, next.endsOn, null, await projectPeriod(ctx.peers, current.projectId));
    await checkOwnWorkplaceRefs(ctx.peers, ctx.caller.organisationId, workplaceRefs({ ...next, employerUnitId: null }));
    await ctx.db.run(async (manager) => {
      if (!(await placementStore.lock(manager, placementId))) throw notFound();
      await placementStore.update(manager, next);
    });
    ctx.loaders.placementById.clear(placementId);
    return ctx.loaders.placementById.load(placementId);
  }

  @Mutation(() => ID, { description: "Withdraws a placement recorded by mistake, with its mentoring log; the figures follow. Returns its id. NOT_FOUND for another organisation's." })
  async withdrawPlacement(@Arg('placementId', () => ID, { description: 'The placement.' }) placementId: string, @Ctx() ctx: Context) {
    if (!isUuid(placementId)) throw notFound();
    await ctx.db.run(async (manager) => {
      if (!(await placementStore.lock(manager, placementId))) throw notFound();
      await placementStore.remove(manager, placementId);
    });
    return placementId;
  }

  @Mutation(() => Placement, {
    description:
      "Logs the coach's mentoring hours for one month of a placement of the caller's organisation (again for the same month: replaces). BAD_USER_INPUT for a month outside the placement or in the future, or hours outside 0–200.",
  })
  async recordMentoring(@Arg('input', () => RecordMentoringInput, { description: 'The placement, month and hours.' }) input: RecordMentoringInput, @Ctx() ctx: Context) {
    if (!isUuid(input.placementId)) throw notFound();
    const hours = checkMentoringHours(input.hours);
    await ctx.db.run(async (manager) => {
      const placement = await placementStore.lock(manager, input.placementId);
      if (!placement || placement.erasedAt) throw notFound();
      const month = checkMentoringMonth(input.month, placement);
      await placementStore.recordMentoring(manager, { orgId: placement.orgId, placementId: placement.id, projectId: placement.projectId, kind: placement.kind, month, hours, recordedBy: ctx.caller.subject });
    });
    ctx.loaders.placementById.clear(input.placementId);
    return ctx.loaders.placementById.load(input.placementId);
  }

  @Query(() => [PlacementKindFigure], {
    description: "The caller's organisation's own placement figures in a project and year, per kind (unsuppressed: its own data). Pooled figures come only from statistics releases.",
  })
  async ownPlacementFigures(
    @Arg('projectId', () => ID, { description: 'The project.' }) projectId: string,
    @Arg('year', () => Int, { description: 'The calendar year.' }) year: number,
    @Ctx() ctx: Context,
  ) {
    if (!isUuid(projectId)) throw apiError(ErrorCode.NOT_FOUND, 'No such project.', { argument: 'projectId' });
    if (!Number.isInteger(year) || year < 1 || year > 9999) throw apiError(ErrorCode.BAD_USER_INPUT, 'year must be 1 to 9999.', { argument: 'year' });
    const rows = await ctx.db.run((manager) => placementStore.yearFigures(manager, projectId, year));
    return rows.map((row) => ({
      ...row,
      kindLabel: placementKindLabels[row.kind][ctx.locale],
      mentoringHoursPerPlacementMonth: row.placementMonths > 0 ? Math.round((row.mentoringHours / row.placementMonths) * 10) / 10 : null,
    }));
  }

  @FieldResolver(() => Enrolment)
  enrolment(@Root() p: PlacementRow): Enrolment {
    return { id: p.enrolmentId };
  }

  @FieldResolver(() => String, { description: 'The kind in the requested language.' })
  kindLabel(@Root() p: PlacementRow, @LocaleArg() locale: Locale | null, @Ctx() ctx: Context): string {
    return labelOf(placementKindLabels, p.kind, locale, ctx);
  }

  @FieldResolver(() => String, { description: 'The funding in the requested language.' })
  fundingLabel(@Root() p: PlacementRow, @LocaleArg() locale: Locale | null, @Ctx() ctx: Context): string {
    return labelOf(placementFundingLabels, p.funding, locale, ctx);
  }

  @FieldResolver(() => PlacementEmployer, { nullable: true })
  employer(@Root() p: PlacementRow): PlacementEmployer | null {
    if (!p.employerUnitId && !p.employerBusinessId) return null;
    return { unit: p.employerUnitId ? { id: p.employerUnitId } : null, businessId: p.employerBusinessId, name: p.employerName };
  }

  @FieldResolver(() => PlacementContact, { nullable: true })
  supervisor(@Root() p: PlacementRow): PlacementContact | null {
    return contact(p.supervisorStaffId, p.supervisorName);
  }

  @FieldResolver(() => PlacementContact, { nullable: true })
  workplaceInstructor(@Root() p: PlacementRow): PlacementContact | null {
    return contact(p.instructorStaffId, p.instructorName);
  }

  @FieldResolver(() => [MentoringMonth])
  async mentoring(@Root() p: PlacementRow, @Ctx() ctx: Context): Promise<MentoringMonth[]> {
    const [months, settings] = await Promise.all([ctx.loaders.mentoringByPlacementId.load(p.id), ctx.loaders.mentoringNormByProjectId.load(p.projectId)]);
    const norm = settings?.norm ?? null;
    return months.map((m) => ({ month: m.month, hours: m.hours, withinNorm: norm ? m.hours >= norm.minHours && m.hours <= norm.maxHours : null }));
  }
}

function contact(staffId: string | null, name: string | null): PlacementContact | null {
  if (!staffId && !name) return null;
  return { staffMember: staffId ? { id: staffId } : null, name };
}

@Resolver(() => Enrolment)
export class EnrolmentPlacementsResolver {
  @FieldResolver(() => [Placement], { description: 'Placements of the enrolment, earliest start first.' })
  placements(@Root() enrolment: Enrolment, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.loaders.placementsRead.load(enrolment.id, ctx, info);
  }
}
