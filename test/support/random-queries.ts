import fc from 'fast-check';
import {
  getNamedType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  isAbstractType,
  isLeafType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

/** Values the generator puts into arguments: ids and strings of both organisations, and junk. */
export interface ArgumentPools {
  ids: string[];
  strings: string[];
}

/**
 * Random valid queries over a schema: any root field, any arguments drawn
 * from the pools, nested selections up to `maxDepth`. Fields whose required
 * arguments cannot be generated are left out.
 */
export function queryArbitrary(schema: GraphQLSchema, pools: ArgumentPools, maxDepth = 4): fc.Arbitrary<string> {
  const query = schema.getQueryType()!;
  return selectionOf(query, 0).map((selection) => `query Random { ${selection} }`);

  function selectionOf(type: GraphQLNamedType, depth: number): fc.Arbitrary<string> {
    if (isAbstractType(type)) {
      const possible = [...schema.getPossibleTypes(type)];
      return fc
        .subarray(possible, { minLength: 1, maxLength: 2 })
        .chain((types) => fc.tuple(...types.map((t) => selectionOf(t, depth))).map((parts) => `__typename ${parts.map((p, i) => `... on ${types[i]!.name} { ${p} }`).join(' ')}`));
    }
    const object = type as GraphQLObjectType;
    const fields = Object.values(object.getFields()).filter(
      (field) => !field.name.startsWith('__') && field.args.every((arg) => !(arg.type instanceof GraphQLNonNull) || canGenerate(arg.type, 0)),
    );
    const usable = depth >= maxDepth ? fields.filter((field) => isLeafType(getNamedType(field.type))) : fields;
    if (usable.length === 0) return fc.constant('__typename');
    return fc
      .subarray(usable, { minLength: 1, maxLength: Math.min(4, usable.length) })
      .chain((chosen) => fc.tuple(...chosen.map((field) => fieldOf(field, depth))).map((parts) => parts.join(' ')));
  }

  function fieldOf(field: GraphQLField<unknown, unknown>, depth: number): fc.Arbitrary<string> {
    const args = fc
      .tuple(
        ...field.args.map((arg) => {
          const required = arg.type instanceof GraphQLNonNull;
          if (!canGenerate(arg.type, 0)) return fc.constant(undefined);
          const value = valueOf(arg.type, 0).map((v) => `${arg.name}: ${v}`);
          return required ? value : fc.option(value, { nil: undefined });
        }),
      )
      .map((parts) => parts.filter((p): p is string => p !== undefined))
      .map((parts) => (parts.length ? `(${parts.join(', ')})` : ''));
    const named = getNamedType(field.type);
    if (isLeafType(named)) return args.map((a) => `${field.name}${a}`);
    return fc.tuple(args, selectionOf(named, depth + 1)).map(([a, selection]) => `${field.name}${a} { ${selection} }`);
  }

  function canGenerate(type: GraphQLInputType, depth: number): boolean {
    const named = getNamedType(type);
    if (named instanceof GraphQLInputObjectType) {
      if (depth > 2) return false;
      return Object.values(named.getFields()).every((f) => !(f.type instanceof GraphQLNonNull) || canGenerate(f.type, depth + 1));
    }
    return true;
  }

  function valueOf(type: GraphQLInputType, depth: number): fc.Arbitrary<string> {
    if (type instanceof GraphQLNonNull) return valueOf(type.ofType, depth);
    if (type instanceof GraphQLList) return valueOf(type.ofType, depth).map((v) => `[${v}]`);
    if (type instanceof GraphQLEnumType) return fc.constantFrom(...type.getValues().map((v) => v.name));
    if (type instanceof GraphQLInputObjectType) {
      const fields = Object.values(type.getFields()).filter((f) => canGenerate(f.type, depth + 1));
      return fc
        .tuple(
          ...fields.map((f) =>
            f.type instanceof GraphQLNonNull
              ? valueOf(f.type, depth + 1).map((v) => `${f.name}: ${v}`)
              : fc.option(valueOf(f.type, depth + 1).map((v) => `${f.name}: ${v}`), { nil: undefined }),
          ),
        )
        .map((parts) => `{ ${parts.filter(Boolean).join(', ')} }`);
    }
    const scalar = type as GraphQLScalarType;
    switch (scalar.name) {
      case 'Int':
        return fc.integer({ min: -1, max: 120 }).map(String);
      case 'Float':
        return fc.double({ min: -1, max: 100, noNaN: true }).map((n) => String(n.toFixed(2)));
      case 'Boolean':
        return fc.boolean().map(String);
      case 'ID':
        return fc.constantFrom(...pools.ids).map((v) => JSON.stringify(v));
      case 'LocalDate':
        return fc.constantFrom('2015-01-01', '2025-06-30', '2026-12-31').map((v) => JSON.stringify(v));
      case 'DateTime':
        return fc.constantFrom('2026-01-01T00:00:00Z', '2030-01-01T00:00:00Z').map((v) => JSON.stringify(v));
      default:
        return fc.constantFrom(...pools.strings).map((v) => JSON.stringify(v));
    }
  }
}
