import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInterfaceType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type GraphQLType,
} from 'graphql';
import { fileURLToPath } from 'node:url';

export const apiReferencePath = fileURLToPath(new URL('../../docs/api.md', import.meta.url));

/** The schema's own named types: no introspection types, no built-in scalars. */
function ownTypes(schema: GraphQLSchema): GraphQLNamedType[] {
  return Object.values(schema.getTypeMap())
    .filter((type) => !type.name.startsWith('__') && !isSpecifiedScalarType(type))
    .sort((a, b) => a.name.localeCompare(b.name));
}

function rootTypeNames(schema: GraphQLSchema): Set<string> {
  return new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) => (type ? [type.name] : [])));
}

/**
 * Every type, field, argument, input field and enum value without a
 * description, as coordinates ("Type", "Type.field", "Type.field(arg:)",
 * "Enum.VALUE"). The root operation types (Query, Mutation) are not listed:
 * type-graphql cannot describe them, and their fields carry the documentation.
 */
export function missingDescriptions(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const roots = rootTypeNames(schema);
  const check = (coordinate: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(coordinate);
  };
  for (const type of ownTypes(schema)) {
    if (!roots.has(type.name)) check(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name}:)`, arg.description);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.description);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
    }
  }
  return missing;
}

/** Markdown table cell: one line, no stray pipes. */
const cell = (text: string | null | undefined) => (text ?? '').trim().replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** A type reference linking its named type to its section, e.g. [[Project](#project)!]!. */
function typeLink(type: GraphQLType, schemaTypes: Set<string>): string {
  const named = getNamedType(type);
  const printed = String(type);
  if (!schemaTypes.has(named.name)) return `\`${printed}\``;
  // List brackets escaped so that Markdown does not read them as link text.
  return printed.replace(/[[\]]/g, '\\$&').replace(named.name, `[${named.name}](#${named.name.toLowerCase()})`);
}

function argumentList(args: readonly GraphQLArgument[], links: Set<string>): string {
  return args
    .map((arg) => `\`${arg.name}\`: ${typeLink(arg.type, links)}${arg.defaultValue !== undefined ? ` = \`${JSON.stringify(arg.defaultValue)}\`` : ''} ${cell(arg.description)}`)
    .join('<br>');
}

function fieldTable(fields: Array<GraphQLField<unknown, unknown> | GraphQLInputField>, links: Set<string>): string[] {
  const lines = ['| field | type | description |', '| --- | --- | --- |'];
  for (const field of fields) {
    const args = 'args' in field && field.args.length ? `<br>Arguments:<br>${argumentList(field.args, links)}` : '';
    const deprecated = 'deprecationReason' in field && field.deprecationReason ? `<br>**Deprecated:** ${cell(field.deprecationReason)}` : '';
    lines.push(`| \`${field.name}\` | ${typeLink(field.type, links)} | ${cell(field.description)}${args}${deprecated} |`);
  }
  return lines;
}

/** Renders docs/api.md from the API schema: operations first, then every type by kind and name. */
export function renderApiReference(apiSdl: string): string {
  const schema = buildSchema(apiSdl);
  const types = ownTypes(schema);
  const roots = rootTypeNames(schema);
  const links = new Set(types.filter((type) => !roots.has(type.name)).map((type) => type.name));
  const out: string[] = [
    '# Polku API reference',
    '',
    'Generated from `schema/api.graphql` by `npm run docs:api` (also run by `npm run compose`); do not edit by hand.',
    'Every request needs a bearer token; see README.md, "For partner developers".',
  ];
  const section = (title: string, body: string[]) => {
    if (body.length) out.push('', `## ${title}`, ...body);
  };

  for (const [title, root] of [
    ['Queries', schema.getQueryType()],
    ['Mutations', schema.getMutationType()],
    // Server-Sent Events through the same endpoint: see docs/journeys.md, "Live referral inbox".
    ['Subscriptions', schema.getSubscriptionType()],
  ] as const) {
    if (!root) continue;
    section(
      title,
      Object.values(root.getFields()).flatMap((field) => [
        '',
        `### \`${field.name}\``,
        '',
        `${cell(field.description)}`,
        '',
        `Returns ${typeLink(field.type, links)}.`,
        ...(field.args.length ? ['', '| argument | type | description |', '| --- | --- | --- |'] : []),
        ...field.args.map((arg) => `| \`${arg.name}\` | ${typeLink(arg.type, links)} | ${cell(arg.description)} |`),
      ]),
    );
  }
  const described = (type: GraphQLNamedType, body: string[]) => ['', `### ${type.name}`, '', cell(type.description), '', ...body];
  section(
    'Object types',
    types
      .filter((type): type is GraphQLObjectType | GraphQLInterfaceType => (isObjectType(type) || isInterfaceType(type)) && !roots.has(type.name))
      .flatMap((type) => described(type, fieldTable(Object.values(type.getFields()), links))),
  );
  section(
    'Input types',
    types.filter(isInputObjectType).flatMap((type) => described(type, fieldTable(Object.values(type.getFields()), links))),
  );
  section(
    'Enums',
    types.filter(isEnumType).flatMap((type) =>
      described(type, ['| value | description |', '| --- | --- |', ...type.getValues().map((value) => `| \`${value.name}\` | ${cell(value.description)} |`)]),
    ),
  );
  section(
    'Unions',
    types.filter(isUnionType).flatMap((type) => described(type, [`One of: ${type.getTypes().map((member) => typeLink(member, links)).join(', ')}.`])),
  );
  section('Scalars', types.filter(isScalarType).flatMap((type) => described(type, [])));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
