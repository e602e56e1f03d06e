import { getNamedType, isObjectType, Kind, type GraphQLNamedType, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** The kinds of outcomes record that hold person-level data, by their GraphQL type. */
export const auditedTypes = {
  ParticipantEntry: 'PARTICIPANT_ENTRY',
  Placement: 'PLACEMENT',
  BadgeAward: 'BADGE_AWARD',
  QualificationUnit: 'QUALIFICATION_UNIT',
  ExitOutcome: 'EXIT_OUTCOME',
} as const;
export type AuditedType = keyof typeof auditedTypes;
export type RecordKind = (typeof auditedTypes)[AuditedType];

/** Fields that name the record and nothing about the person: selecting only these is not a read of personal data. */
const identifying = new Set(['id', 'enrolment']);

/**
 * The fields of `typeName` the caller selected anywhere under the field being
 * resolved (through connections, lists and fragments), named
 * `<typeName>.<field>` (e.g. `Placement.employer`): what the audit log records
 * as read. `id`, `enrolment` and `__typename` are not personal data.
 */
export function personalFieldsSelected(info: GraphQLResolveInfo, typeName: AuditedType): string[] {
  const names = new Set<string>();
  const visit = (type: GraphQLNamedType, selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__')) continue;
        if (type.name === typeName) {
          if (!identifying.has(name)) names.add(`${typeName}.${name}`);
          continue;
        }
        const field = isObjectType(type) ? type.getFields()[name] : undefined;
        if (field && selection.selectionSet) visit(getNamedType(field.type), selection.selectionSet);
      } else {
        const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
        const condition = fragment?.typeCondition ? info.schema.getType(fragment.typeCondition.name.value) : type;
        if (fragment && condition) visit(condition, fragment.selectionSet);
      }
    }
  };
  const returned = getNamedType(info.returnType);
  for (const node of info.fieldNodes) visit(returned, node.selectionSet);
  return [...names].sort();
}

/**
 * The operation name the caller gave. Apollo Gateway names its subgraph fetches
 * `<operation>__<subgraph>__<n>`; the log keeps the caller's own name.
 */
export function callerOperationName(info: GraphQLResolveInfo): string | null {
  const name = info.operation.name?.value;
  if (!name) return null;
  return name.replace(/__[A-Za-z0-9_]+__\d+$/, '');
}
