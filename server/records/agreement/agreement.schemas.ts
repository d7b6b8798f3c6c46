// Validation of the agreement mutations' inputs (zod), shared by the agreement services.

import { z } from 'zod';
import { UserErrorCode } from '../../kernel/errors.js';
import { optionalText, requiredText } from '../../kernel/validation.js';
import { AgreementActionKind, AgreementKind, AgreementPartyRole, AgreementStatus } from './agreement.enums.js';

export const MAX_NOTICE_DAYS = 3650;
export const MAX_PARTIES = 100;

/** Calendar dates arrive already checked by the LocalDate scalar. */
export const dateText = z.string().nullish();

export const noticePeriod = z
  .number()
  .int()
  .nullish()
  .refine((v) => v === null || v === undefined || (v >= 0 && v <= MAX_NOTICE_DAYS), {
    message: `must be between 0 and ${MAX_NOTICE_DAYS} days`,
    params: { code: UserErrorCode.INVALID_VALUE },
  });

export const partyFields = {
  institutionId: z.string(),
  role: z.enum(AgreementPartyRole).nullish(),
  signatoryId: z.string().nullish(),
  signedOn: dateText,
};
export const PartySchema = z.object(partyFields);

export const fields = {
  title: requiredText(500),
  kind: z.enum(AgreementKind),
  effectiveFrom: dateText,
  expiresOn: dateText,
  reviewDue: dateText,
  autoRenews: z.boolean().nullish(),
  noticePeriodDays: noticePeriod,
  renewsId: z.string().nullish(),
  summary: optionalText(20_000),
  confidential: z.boolean().nullish(),
};

export const CreateSchema = z.object({
  ...fields,
  parties: z.array(PartySchema).max(MAX_PARTIES, { message: `at most ${MAX_PARTIES} parties` }).nullish(),
});
export const UpdateSchema = z.object({
  ...fields,
  title: fields.title.optional(),
  kind: fields.kind.optional(),
  autoRenews: z.boolean().optional(),
  confidential: z.boolean().optional(),
  id: z.string(),
  version: z.number().int().nullish(),
});
export const ChangeStatusSchema = z.object({
  id: z.string(),
  status: z.enum(AgreementStatus),
  date: dateText,
  note: optionalText(5_000),
  version: z.number().int().nullish(),
});
export const AddPartySchema = z.object({ ...partyFields, agreementId: z.string() });
export const UpdatePartySchema = z.object({
  id: z.string(),
  version: z.number().int().nullish(),
  institutionId: z.string().optional(),
  role: z.enum(AgreementPartyRole).optional(),
  signatoryId: z.string().nullish(),
  signedOn: dateText,
});
export const RecordActionSchema = z.object({
  agreementId: z.string(),
  kind: z.enum(AgreementActionKind),
  date: z.string(),
  partyId: z.string().nullish(),
  note: optionalText(5_000),
  expiresOn: dateText,
});
export const UpdateActionSchema = z.object({
  id: z.string(),
  version: z.number().int().nullish(),
  date: z.string().optional(),
  note: optionalText(5_000),
});
export const RemoveActionSchema = z.object({ id: z.string(), version: z.number().int().nullish() });
