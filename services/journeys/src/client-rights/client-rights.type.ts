import { Connection } from '@polku/kit';
import { DateTimeResolver, JSONObjectResolver, LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ErasureBasis {
  REQUEST = 'REQUEST',
  RETENTION = 'RETENTION',
}
registerEnumType(ErasureBasis, {
  name: 'ErasureBasis',
  description: "Why a client's personal data was erased.",
  valuesConfig: {
    REQUEST: { description: "On the client's request or another ground the organisation judged (GDPR Art. 17), by eraseClient." },
    RETENTION: { description: "The organisation's retention period ended (the retention job)." },
  },
});

@ObjectType({ description: 'A copy of everything the platform holds about one client, for the client (GDPR Art. 15 and 20).' })
export class ClientDataExport {
  @Field({ description: 'Version of the document schema (docs/client-data-export.md); a new major version may change fields.' })
  schemaVersion: string;

  @Field(() => DateTimeResolver, { description: 'When the copy was made.' })
  generatedAt: Date;

  @Field(() => JSONObjectResolver, { description: 'The machine-readable document: parts `journeys`, `outcomes` and `accessReport`, as docs/client-data-export.md describes.' })
  document: Record<string, unknown>;

  @Field({ description: 'The same content as plain text for printing, in the requested language.' })
  printable: string;
}

@ObjectType({ description: "One erasure of a client's personal data: who, when, why; never the erased values." })
export class ClientErasure {
  @Field(() => ID, { description: 'Position in the erasure log.' })
  id: string;

  @Field(() => ID, { description: 'The erased client (its pseudonymous record stays for the statistics).' })
  clientId: string;

  @Field({ description: 'Staff member (token subject) who erased, or "retention-job".' })
  actorSubject: string;

  @Field(() => ErasureBasis, { description: 'On which basis.' })
  basis: ErasureBasis;

  @Field({ description: 'The reason given.' })
  reason: string;

  @Field(() => DateTimeResolver, { description: 'When.' })
  erasedAt: Date;
}

@ObjectType({ description: 'The result of eraseClient.' })
export class ClientErasureResult {
  @Field(() => ClientErasure, { description: 'The erasure as logged.' })
  erasure: ClientErasure;

  @Field(() => Int, { description: 'Exits whose free text outcomes erased.' })
  exitsErased: number;
}

@ObjectType({ description: "The organisation's retention policy for client personal data." })
export class RetentionPolicy {
  @Field(() => Int, { description: "Years after a client's last exit after which the client's personal data is erased." })
  yearsAfterLastExit: number;

  @Field({ description: 'Who set it (token subject).' })
  updatedBy: string;

  @Field(() => DateTimeResolver, { description: 'When it was set.' })
  updatedAt: Date;
}

@ObjectType({ description: 'A client the retention policy would erase now, and why (the dry run).' })
export class RetentionCandidate {
  @Field(() => ID, { description: 'The client.' })
  clientId: string;

  @Field({ description: "The client's pseudonymous code." })
  code: string;

  @Field(() => LocalDateResolver, { description: "The client's last exit day (every enrolment has exited)." })
  lastExitOn: string;

  @Field(() => LocalDateResolver, { description: 'The day the retention period ended: the last exit plus the policy years.' })
  erasableFrom: string;

  @Field(() => Int, { description: 'The policy applied.' })
  yearsAfterLastExit: number;
}

export const ClientErasureConnection = Connection(ClientErasure, 'ClientErasure', "A page of the organisation's erasure log, newest first.");
