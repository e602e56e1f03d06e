/** An enum's values as a SQL list (`'A', 'B'`), for CHECK constraints in migrations. */
export const sqlValueList = (enumObject: Record<string, string>) =>
  Object.values(enumObject)
    .map((value) => `'${value.replaceAll("'", "''")}'`)
    .join(', ');
