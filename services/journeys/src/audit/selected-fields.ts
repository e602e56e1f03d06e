import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The sub-fields the caller selected under the field being resolved, named
 * `<prefix>.<field>` (e.g. `personal.fullName`): what the audit log records as
 * read. Fragments count; `__typename` does not, but a selection of nothing
 * else still learns whether the data exists, so it is logged as `prefix`.
 * A scalar field is just `prefix`.
 */
export function selectedFields(info: GraphQLResolveInfo, prefix: string): string[] {
  const names = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (!selection.name.value.startsWith('__')) names.add(`${prefix}.${selection.name.value}`);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else {
        visit(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  const withSelections = info.fieldNodes.filter((node) => node.selectionSet);
  if (!withSelections.length) return [prefix];
  for (const node of withSelections) visit(node.selectionSet);
  return names.size ? [...names].sort() : [prefix];
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
