import { apiError, ErrorCode, isUuid, Locale, type SubgraphContext, labelOf } from '@polku/kit';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { ClientEntity } from '../clients/client.entity.js';
import { Client } from '../clients/client.type.js';
import { explainConstraint } from '../db/constraint-errors.js';
import { once } from '../idempotency/idempotency.js';
import type { JourneysLoaders } from '../loaders.js';
import { Organisation } from '../references/organisation.reference.js';
import { projectPartnerIds, serviceOffering } from '../references/partners.peer.js';
import { Project } from '../references/project.reference.js';
import { ServiceOffering } from '../references/service-offering.reference.js';
import { ConsentPurpose, consentPurposeLabels } from '../vocabulary/consent.js';
import { ConsentEntity, isConsentValid } from './consent.entity.js';
import { Consent, RecordConsentInput } from './consent.type.js';

type Context = SubgraphContext<JourneysLoaders>;

@Resolver(() => Consent)
export class ConsentResolver {
  @Mutation(() => Consent, {
    description: "Records a consent a client of the caller's organisation has given: one purpose, one recipient organisation, one joint project, named data categories.",
  })
  async recordConsent(@Arg('input', () => RecordConsentInput, { description: 'The consent.' }) input: RecordConsentInput, @Ctx() ctx: Context) {
    const me = ctx.caller.organisationId;
    if (!isUuid(input.clientId)) throw apiError(ErrorCode.NOT_FOUND, 'No such client.', { argument: 'clientId' });
    // A participation check tells the caller's own organisation something; no data goes anywhere.
    const participationCheck = input.purpose === ConsentPurpose.PARTICIPATION_CHECK;
    if (participationCheck) {
      if (input.recipientOrganisationId !== me) throw apiError(ErrorCode.BAD_USER_INPUT, "A PARTICIPATION_CHECK consent names the caller's own organisation as recipient.", { argument: 'recipientOrganisationId' });
      if (input.dataCategories.length > 0 || input.serviceOfferingId) {
        throw apiError(ErrorCode.BAD_USER_INPUT, 'A PARTICIPATION_CHECK consent shares no data: no data categories, no service.', { argument: 'dataCategories' });
      }
    } else if (!isUuid(input.recipientOrganisationId) || input.recipientOrganisationId === me) {
      throw apiError(ErrorCode.BAD_USER_INPUT, 'The recipient must be another organisation.', { argument: 'recipientOrganisationId' });
    }
    if (!isUuid(input.projectId)) throw apiError(ErrorCode.NOT_FOUND, 'No such project.', { argument: 'projectId' });
    if (!participationCheck && input.dataCategories.length === 0) throw apiError(ErrorCode.BAD_USER_INPUT, 'A consent names at least one data category.', { argument: 'dataCategories' });
    const givenAt = input.givenAt ?? new Date();
    if (input.expiresAt && input.expiresAt <= givenAt) throw apiError(ErrorCode.BAD_USER_INPUT, 'expiresAt must be after givenAt.', { argument: 'expiresAt' });
    const partners = await projectPartnerIds(ctx.peers, input.projectId);
    if (!partners.includes(me) || !partners.includes(input.recipientOrganisationId)) {
      throw apiError(ErrorCode.BAD_USER_INPUT, 'Both organisations must take part in the project.', { argument: 'projectId' });
    }
    if (input.serviceOfferingId) {
      const offering = await serviceOffering(ctx.peers, input.serviceOfferingId);
      if (offering.organisation.id !== input.recipientOrganisationId || offering.project?.id !== input.projectId) {
        throw apiError(ErrorCode.BAD_USER_INPUT, "The service must be the recipient's, in the project.", { argument: 'serviceOfferingId' });
      }
    }
    const id = await ctx.db
      .run((manager) =>
        once(manager, ctx.caller, input.idempotencyKey, 'recordConsent', input, async () => {
          if (!(await manager.existsBy(ClientEntity, { id: input.clientId }))) throw apiError(ErrorCode.NOT_FOUND, 'No such client.', { argument: 'clientId' });
          const consent = manager.create(ConsentEntity, {
            ownerOrgId: me,
            recipientOrgId: input.recipientOrganisationId,
            clientId: input.clientId,
            purpose: input.purpose,
            projectId: input.projectId,
            serviceOfferingId: input.serviceOfferingId ?? null,
            dataCategories: [...new Set(input.dataCategories)],
            givenAt,
            expiresAt: input.expiresAt ?? null,
            withdrawnAt: null,
            withdrawnBy: null,
            recordedBy: ctx.caller.subject,
          });
          return (await manager.save(consent)).id;
        }),
      )
      .catch(explainConstraint);
    return ctx.loaders.consentById.load(id);
  }

  @Mutation(() => Consent, {
    description: 'Records that the client withdrew a consent. From that instant the other organisation can no longer read data shared under it (enforced by the database).',
  })
  async withdrawConsent(@Arg('consentId', () => ID, { description: 'The consent.' }) consentId: string, @Ctx() ctx: Context) {
    if (!isUuid(consentId)) throw apiError(ErrorCode.NOT_FOUND, 'No such consent.');
    return ctx.db.run(async (manager) => {
      // Only the owner may update a consent (row level security); the recipient's read-only view finds nothing to update.
      const [rows] = await manager.query(
        `UPDATE journeys.consent SET withdrawn_at = now(), withdrawn_by = $2 WHERE id = $1 AND owner_org_id = $3 AND withdrawn_at IS NULL RETURNING id`,
        [consentId, ctx.caller.subject, ctx.caller.organisationId],
      );
      const consent = await manager.findOneBy(ConsentEntity, { id: consentId, ownerOrgId: ctx.caller.organisationId });
      if (!consent) throw apiError(ErrorCode.NOT_FOUND, 'No such consent.');
      if (rows.length === 0 && consent.withdrawnAt) throw apiError(ErrorCode.CONFLICT, 'The consent is already withdrawn.', { reason: 'ALREADY_WITHDRAWN' });
      return consent;
    });
  }

  @FieldResolver(() => String)
  purposeLabel(
    @Root() consent: ConsentEntity,
    @Ctx() ctx: Context,
    @Arg('locale', () => Locale, { nullable: true, description: "Language of the label; the request's Accept-Language by default." }) locale?: Locale | null,
  ) {
    return labelOf(consentPurposeLabels, consent.purpose, locale, ctx);
  }

  @FieldResolver(() => Organisation)
  recipient(@Root() consent: ConsentEntity): Organisation {
    return { id: consent.recipientOrgId };
  }

  @FieldResolver(() => Project)
  project(@Root() consent: ConsentEntity): Project {
    return { id: consent.projectId };
  }

  @FieldResolver(() => ServiceOffering, { nullable: true })
  serviceOffering(@Root() consent: ConsentEntity): ServiceOffering | null {
    return consent.serviceOfferingId ? { id: consent.serviceOfferingId } : null;
  }

  @FieldResolver(() => Boolean)
  valid(@Root() consent: ConsentEntity) {
    return isConsentValid(consent);
  }
}

@Resolver(() => Client)
export class ClientConsentsResolver {
  @FieldResolver(() => [Consent], { description: "The client's consents, oldest first, withdrawn and expired ones included." })
  consents(@Root() client: ClientEntity, @Ctx() ctx: Context) {
    return ctx.loaders.consentsByClientId.load(client.id);
  }
}
