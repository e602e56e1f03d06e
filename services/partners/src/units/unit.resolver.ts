import { Locale, type SubgraphContext, labelOf, LocaleArg } from '@polku/kit';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { PartnersLoaders } from '../loaders.js';
import { Organisation } from '../organisations/organisation.type.js';
import { checkPostalCode, checkText, notFound, write } from '../validation.js';
import { unitKindLabels } from './unit-kind.js';
import { UnitEntity } from './unit.entity.js';
import { CreateUnitInput, Unit, UpdateUnitInput } from './unit.type.js';

type Context = SubgraphContext<PartnersLoaders>;

function checkUnit(input: CreateUnitInput | UpdateUnitInput) {
  checkText('name', input.name);
  checkText('streetAddress', input.streetAddress);
  checkText('municipality', input.municipality, 100);
  checkPostalCode('postalCode', input.postalCode);
}

@Resolver(() => Unit)
export class UnitResolver {
  @Mutation(() => Unit, { description: "Adds a workplace to the caller's own organisation. Organisation admins only." })
  createUnit(@Arg('input', () => CreateUnitInput, { description: 'The new unit.' }) input: CreateUnitInput, @Ctx() ctx: Context) {
    checkUnit(input);
    return write(ctx.db, (manager) =>
      manager.save(
        manager.create(UnitEntity, {
          organisationId: input.organisationId,
          name: input.name,
          kind: input.kind,
          streetAddress: input.streetAddress ?? null,
          postalCode: input.postalCode ?? null,
          municipality: input.municipality ?? null,
          active: true,
        }),
      ),
    );
  }

  @Mutation(() => Unit, { description: "Changes a unit of the caller's own organisation. Organisation admins only." })
  updateUnit(
    @Arg('id', () => ID, { description: 'The unit.' }) id: string,
    @Arg('input', () => UpdateUnitInput, { description: 'The changes.' }) input: UpdateUnitInput,
    @Ctx() ctx: Context,
  ) {
    checkUnit(input);
    return write(ctx.db, async (manager) => {
      // Row level security leaves only the caller's own organisation's units to update.
      const unit = await manager.findOneBy(UnitEntity, { id, organisationId: ctx.caller.organisationId });
      if (!unit) throw notFound('unit');
      if (input.name) unit.name = input.name;
      if (input.kind) unit.kind = input.kind;
      if (input.streetAddress !== undefined) unit.streetAddress = input.streetAddress;
      if (input.postalCode !== undefined) unit.postalCode = input.postalCode;
      if (input.municipality !== undefined) unit.municipality = input.municipality;
      if (input.active !== null && input.active !== undefined) unit.active = input.active;
      return manager.save(unit);
    });
  }

  @FieldResolver(() => String)
  kindLabel(@Root() unit: UnitEntity, @Ctx() ctx: Context, @LocaleArg() locale?: Locale | null) {
    return labelOf(unitKindLabels, unit.kind, locale, ctx);
  }

  @FieldResolver(() => Organisation)
  organisation(@Root() unit: UnitEntity, @Ctx() ctx: Context) {
    return ctx.loaders.organisationById.load(unit.organisationId);
  }
}
