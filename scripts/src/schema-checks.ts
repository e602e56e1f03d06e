import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

export const apiBaselinePath = new URL('../../schema/api.baseline.graphql', import.meta.url);
export const acknowledgedChangesPath = new URL('../../schema/acknowledged-changes.json', import.meta.url);

/** A breaking change the team accepts on purpose, kept in schema/acknowledged-changes.json. */
export interface AcknowledgedChange {
  /** graphql-inspector's change type, e.g. FIELD_REMOVED. */
  type: string;
  /** Schema coordinate, e.g. Query.projects. */
  path?: string;
  /** What changed, for the reader. */
  message?: string;
  /** Why breaking the published API is acceptable (who was told, what replaces it). */
  reason: string;
}

export interface SchemaCheck {
  breaking: Change[];
  dangerous: Change[];
  safe: Change[];
  /** Breaking changes nobody acknowledged: these fail the check. */
  unacknowledged: Change[];
  /** Acknowledgements that match no change (left over after a publish, or mistyped). */
  unused: AcknowledgedChange[];
}

const matches = (ack: AcknowledgedChange, change: Change) => ack.type === change.type && (ack.path ?? null) === (change.path ?? null);

/** Compares the published API (baseline) with the code's API, as graphql-inspector classifies each change. */
export async function checkSchema(baselineSdl: string, currentSdl: string, acknowledged: AcknowledgedChange[]): Promise<SchemaCheck> {
  const changes = await diff(buildSchema(baselineSdl), buildSchema(currentSdl));
  const level = (wanted: CriticalityLevel) => changes.filter((change) => change.criticality.level === wanted);
  const breaking = level(CriticalityLevel.Breaking);
  // The snippet the report prints says TODO: it acknowledges nothing until someone gives the reason.
  const withReason = acknowledged.filter((ack) => ack.reason?.trim() && !/^todo\b/i.test(ack.reason.trim()));
  return {
    breaking,
    dangerous: level(CriticalityLevel.Dangerous),
    safe: level(CriticalityLevel.NonBreaking),
    unacknowledged: breaking.filter((change) => !withReason.some((ack) => matches(ack, change))),
    unused: acknowledged.filter((ack) => !changes.some((change) => matches(ack, change))),
  };
}

/** The check's report for a terminal or CI log. */
export function describeSchemaCheck(check: SchemaCheck): string {
  const line = (change: Change) => `  - ${change.message}${change.path ? ` (${change.type} at ${change.path})` : ` (${change.type})`}`;
  const lines: string[] = [];
  if (check.breaking.length) {
    lines.push(`BREAKING (${check.breaking.length}):`);
    for (const change of check.breaking) lines.push(`${line(change)}${check.unacknowledged.includes(change) ? '  NOT ACKNOWLEDGED' : '  acknowledged'}`);
  }
  if (check.dangerous.length) lines.push(`DANGEROUS (${check.dangerous.length}):`, ...check.dangerous.map(line));
  if (check.safe.length) lines.push(`safe: ${check.safe.length} change(s)`);
  if (!check.breaking.length && !check.dangerous.length && !check.safe.length) lines.push('no changes to the published API');
  if (check.unused.length) lines.push(`acknowledgements matching no change: ${check.unused.map((ack) => `${ack.type} ${ack.path ?? ''}`).join(', ')}`);
  if (check.unacknowledged.length) {
    lines.push(
      '',
      'A breaking change fails the check. Keep the old field or argument (deprecate it first), or, if clients were told,',
      'acknowledge each change in schema/acknowledged-changes.json with a reason:',
      JSON.stringify(
        check.unacknowledged.map((change) => ({ type: change.type, path: change.path, message: change.message, reason: 'TODO: why this is acceptable' })),
        null,
        2,
      ),
    );
  }
  return lines.join('\n');
}
