import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { RequestContext } from '../../api/context.js';
import { BadInputError, NotFoundError, UserError, UserErrorCode, UserErrorsException } from '../../kernel/errors.js';
import { toGlobalId } from '../../kernel/global-id.js';
import type { ConnectionShape, PageRequest } from '../../api/relay.js';
import { Event } from '../event/event.entity.js';
import { Institution } from '../institution/institution.entity.js';
import { checkVersion, type MutationOutcome, runMutation } from '../../api/mutation.js';
import { detachReferences, referencesTo } from '../../api/references.js';
import { argumentId, deleteRecord, getRecord, isOrderedRange, listConnection, recordToChange, referencedRecord, removeAttachments, requiredRecord } from '../../api/records.js';
import { escapeLike, foldForSearch } from '../../kernel/text.js';
import { optionalText, parseInput, requiredText, webUrl } from '../../kernel/validation.js';
import { seesConfidential } from './document.access.js';
import { Document } from './document.entity.js';
import { DocumentKind, DocumentRole } from './document.enums.js';
import type {
  AddDocumentPartyInput,
  CreateDocumentInput,
  DeleteDocumentInput,
  DocumentFilter,
  DocumentOrder,
  RemoveDocumentPartyInput,
  UpdateDocumentInput,
  UpdateDocumentPartyInput,
} from './document.inputs.js';
import { DocumentParty } from './document-party.entity.js';
import { idIn, partialDateWithin, taggedWith } from '../../api/list-conditions.js';
import { uncitedCondition } from '../../api/list-conditions.js';

/** Roles in which an institution acts on a document that already exists: not before the date it bears. */
export const ROLES_AFTER_DOCUMENT_DATE: readonly DocumentRole[] = [
  DocumentRole.ADOPTED_BY,
  DocumentRole.APPROVED_BY,
  DocumentRole.ENDORSED_BY,
  DocumentRole.ADDRESSED_TO,
  DocumentRole.SUBMITTED_TO,
];

/** Roles that make an institution an author of the document. */
export const ISSUING_ROLES: readonly DocumentRole[] = [DocumentRole.ISSUER, DocumentRole.CO_ISSUER];

const MAX_PARTIES = 100;

const partyFields = {
  institutionId: z.string(),
  role: z.enum(DocumentRole),
  date: z.string().nullish(),
  atEventId: z.string().nullish(),
};

const fields = {
  title: requiredText(500),
  kind: z.enum(DocumentKind),
  date: z.string().nullish(),
  adoptedAtId: z.string().nullish(),
  url: webUrl,
  summary: optionalText(20_000),
  confidential: z.boolean().nullish(),
};

const CreateSchema = z.object({
  ...fields,
  parties: z.array(z.object(partyFields)).max(MAX_PARTIES, { message: `at most ${MAX_PARTIES} parties` }).nullish(),
});
const UpdateSchema = z.object({
  ...fields,
  title: fields.title.optional(),
  kind: fields.kind.optional(),
  id: z.string(),
  version: z.number().int().nullish(),
});
const AddPartySchema = z.object({ ...partyFields, documentId: z.string() });
const UpdatePartySchema = z.object({
  id: z.string(),
  version: z.number().int().nullish(),
  date: z.string().nullish(),
  atEventId: z.string().nullish(),
});

const ORDER_COLUMN = { DATE: 'date', TITLE: 'title', KIND: 'kind', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt' } as const;

/** One document; NOT_FOUND also for a confidential one the caller may not see. */
export async function getDocument(ctx: RequestContext, globalId: string): Promise<Document> {
  const document = await getRecord(ctx, Document, globalId);
  if (document.confidential && !seesConfidential(ctx)) throw new NotFoundError('Document', globalId);
  return document;
}

function filterWhere(filter: DocumentFilter | null | undefined, confidentialVisible: boolean): FilterQuery<Document> {
  const and: object[] = [];
  if (!confidentialVisible) and.push({ confidential: false });
  if (!filter) return (and.length ? { $and: and } : {}) as FilterQuery<Document>;
  if (filter.kind?.length) and.push({ kind: { $in: filter.kind } });
  const uncited = uncitedCondition(filter.uncited);
  if (uncited) and.push(uncited);
  if (filter.issuerId != null) {
    const id = argumentId(Institution, filter.issuerId, 'filter.issuerId');
    and.push(
      idIn('select p.document_id from document_party p where p.institution_id = ? and p.role in (?, ?)', [id, ...ISSUING_ROLES]),
    );
  }
  if (filter.partyId != null || filter.partyRole?.length) {
    const params: unknown[] = [];
    const conditions: string[] = [];
    if (filter.partyId != null) {
      conditions.push('p.institution_id = ?');
      params.push(argumentId(Institution, filter.partyId, 'filter.partyId'));
    }
    if (filter.partyRole?.length) {
      conditions.push(`p.role in (${filter.partyRole.map(() => '?').join(', ')})`);
      params.push(...filter.partyRole);
    }
    and.push(idIn(`select p.document_id from document_party p where ${conditions.join(' and ')}`, params));
  }
  if (filter.adoptedAtId != null) and.push({ adoptedAt: argumentId(Event, filter.adoptedAtId, 'filter.adoptedAtId') });
  and.push(...partialDateWithin('date', filter.from, filter.to, { from: 'filter.from', to: 'filter.to' }));
  if (filter.topicId != null) and.push(taggedWith(filter.topicId, 'filter.topicId'));
  if (filter.search != null) {
    if (filter.search.length > 200) throw new BadInputError('filter.search', 'must be at most 200 characters');
    const term = foldForSearch(filter.search);
    if (term) and.push({ searchText: { $like: `%${escapeLike(term)}%` } });
  }
  return (and.length ? { $and: and } : {}) as FilterQuery<Document>;
}

export function listDocuments(
  ctx: RequestContext,
  filter: DocumentFilter | null | undefined,
  order: DocumentOrder | null | undefined,
  page: PageRequest,
): Promise<ConnectionShape<Document>> {
  const field = order?.field ?? 'DATE';
  const dir = (order?.direction ?? (field === 'DATE' ? 'DESC' : 'ASC')) === 'DESC' ? 'desc' : 'asc';
  return listConnection(ctx, Document, filterWhere(filter, seesConfidential(ctx)), { [ORDER_COLUMN[field]]: dir }, page);
}

async function findDocument(em: EntityManager, globalId: string, field: string[]): Promise<Document> {
  return recordToChange(em, Document, globalId, field);
}

function checkPartyDate(documentDate: string | null | undefined, role: DocumentRole, date: string | null | undefined, field: string[]) {
  if (!ROLES_AFTER_DOCUMENT_DATE.includes(role) || isOrderedRange(documentDate, date)) return;
  throw new UserErrorsException([
    UserError.of(field, UserErrorCode.INVALID_DATE_RANGE, `lies before the document's date (${documentDate}); a document is ${role.toLowerCase().replace('_', ' ')} only once it exists`),
  ]);
}

function duplicatePartyError(field: string[]): UserError {
  return UserError.of(field, UserErrorCode.DUPLICATE, 'this institution already has this role for the document');
}

export async function createDocument(ctx: RequestContext, input: CreateDocumentInput): Promise<MutationOutcome<Document>> {
  return runMutation(
    ctx,
    async (em) => {
      const data = parseInput(CreateSchema, input);
      const document = em.create(Document, {
        title: data.title,
        kind: data.kind,
        date: data.date ?? null,
        url: data.url ?? null,
        summary: data.summary ?? null,
        confidential: data.confidential ?? false,
        searchText: '',
      });
      document.refreshSearchKeys();
      const adoptedAt = await referencedRecord(em, Event, data.adoptedAtId, ['input', 'adoptedAtId']);
      if (adoptedAt) document.adoptedAt = em.getReference(Event, adoptedAt.id, { wrapped: true });
      const seen = new Set<string>();
      for (const [i, p] of (data.parties ?? []).entries()) {
        const path = ['input', 'parties', String(i)];
        const institution = await requiredRecord(em, Institution, p.institutionId, [...path, 'institutionId']);
        const key = `${institution.id}/${p.role}`;
        if (seen.has(key)) throw new UserErrorsException([duplicatePartyError([...path, 'role'])]);
        seen.add(key);
        checkPartyDate(document.date, p.role, p.date, [...path, 'date']);
        const atEvent = await referencedRecord(em, Event, p.atEventId, [...path, 'atEventId']);
        em.create(DocumentParty, {
          document,
          institution: em.getReference(Institution, institution.id, { wrapped: true }),
          role: p.role,
          date: p.date ?? null,
          atEvent: atEvent ? em.getReference(Event, atEvent.id, { wrapped: true }) : null,
        });
      }
      await em.flush();
      return document;
    },
  );
}

export async function updateDocument(ctx: RequestContext, input: UpdateDocumentInput): Promise<MutationOutcome<Document>> {
  return runMutation(ctx, async (em) => {
    const data = parseInput(UpdateSchema, input);
    const document = await findDocument(em, data.id, ['input', 'id']);
    checkVersion(document.version, data.version);
    if (data.title !== undefined) document.title = data.title;
    if (data.kind !== undefined) document.kind = data.kind;
    if (data.url !== undefined) document.url = data.url;
    if (data.summary !== undefined) document.summary = data.summary;
    if (data.confidential !== undefined && data.confidential !== null) document.confidential = data.confidential;
    if (data.date !== undefined && data.date !== document.date) {
      document.date = data.date;
      const parties = await em.find(DocumentParty, { document: document.id, role: { $in: [...ROLES_AFTER_DOCUMENT_DATE] }, date: { $ne: null } });
      const early = parties.find((p) => !isOrderedRange(document.date, p.date));
      if (early) {
        throw new UserErrorsException([
          UserError.of(['input', 'date'], UserErrorCode.INVALID_DATE_RANGE, `lies after the ${early.role} date of a party (${early.date})`),
        ]);
      }
    }
    const adoptedAt = await referencedRecord(em, Event, data.adoptedAtId, ['input', 'adoptedAtId']);
    if (adoptedAt === null) document.adoptedAt = null;
    if (adoptedAt) document.adoptedAt = em.getReference(Event, adoptedAt.id, { wrapped: true });
    document.refreshSearchKeys();
    await em.flush();
    return document;
  });
}

export async function deleteDocument(ctx: RequestContext, input: DeleteDocumentInput): Promise<MutationOutcome<string>> {
  return runMutation(ctx, async (em) => {
    const document = await findDocument(em, input.id, ['input', 'id']);
    checkVersion(document.version, input.version);
    // Declared where each foreign key is: commitments made in it (detachable), done commitments it is the only evidence of.
    const references = referencesTo(em, Document);
    if (input.detachCommitments) {
      await detachReferences(em, document.id, references);
      await em.flush();
    }
    await deleteRecord(em, document, references);
    // The parties go with the document (FK cascade); their citations and figures must go too.
    const parties = await em.find(DocumentParty, { document: document.id }, { fields: ['id'] });
    await removeAttachments(em, parties.map((p) => p.id));
    await em.flush();
    return toGlobalId('Document', document.id);
  });
}

export async function addDocumentParty(
  ctx: RequestContext,
  input: AddDocumentPartyInput,
): Promise<MutationOutcome<{ party: DocumentParty; document: Document }>> {
  return runMutation(
    ctx,
    async (em) => {
      const data = parseInput(AddPartySchema, input);
      const document = await requiredRecord(em, Document, data.documentId, ['input', 'documentId']);
      const institution = await requiredRecord(em, Institution, data.institutionId, ['input', 'institutionId']);
      const clash = await em.count(DocumentParty, { document: document.id, institution: institution.id, role: data.role });
      if (clash > 0) throw new UserErrorsException([duplicatePartyError(['input', 'role'])]);
      checkPartyDate(document.date, data.role, data.date, ['input', 'date']);
      const atEvent = await referencedRecord(em, Event, data.atEventId, ['input', 'atEventId']);
      const party = em.create(DocumentParty, {
        document,
        institution: em.getReference(Institution, institution.id, { wrapped: true }),
        role: data.role,
        date: data.date ?? null,
        atEvent: atEvent ? em.getReference(Event, atEvent.id, { wrapped: true }) : null,
      });
      await em.flush();
      return { party, document };
    },
    () => duplicatePartyError(['input', 'role']),
  );
}

export async function updateDocumentParty(
  ctx: RequestContext,
  input: UpdateDocumentPartyInput,
): Promise<MutationOutcome<{ party: DocumentParty; document: Document }>> {
  return runMutation(ctx, async (em) => {
    const data = parseInput(UpdatePartySchema, input);
    const party = await requiredRecord(em, DocumentParty, data.id, ['input', 'id']);
    checkVersion(party.version, data.version);
    const document = await em.findOneOrFail(Document, { id: party.document.id });
    if (data.date !== undefined) {
      checkPartyDate(document.date, party.role, data.date, ['input', 'date']);
      party.date = data.date;
    }
    const atEvent = await referencedRecord(em, Event, data.atEventId, ['input', 'atEventId']);
    if (atEvent === null) party.atEvent = null;
    if (atEvent) party.atEvent = em.getReference(Event, atEvent.id, { wrapped: true });
    await em.flush();
    return { party, document };
  });
}

export async function removeDocumentParty(
  ctx: RequestContext,
  input: RemoveDocumentPartyInput,
): Promise<MutationOutcome<{ deletedId: string; document: Document }>> {
  return runMutation(ctx, async (em) => {
    const party = await requiredRecord(em, DocumentParty, input.id, ['input', 'id']);
    checkVersion(party.version, input.version);
    const document = await em.findOneOrFail(Document, { id: party.document.id });
    await deleteRecord(em, party, []);
    await em.flush();
    return { deletedId: toGlobalId('DocumentParty', party.id), document };
  });
}
