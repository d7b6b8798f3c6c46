import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../api/context.js';
import { ConnectionArgs, type ConnectionShape, toPageRequest } from '../../api/relay.js';
import { Event } from '../event/event.entity.js';
import { Institution } from '../institution/institution.entity.js';
import { visibleRef, visibleTo } from './document.access.js';
import { Document } from './document.entity.js';
import { DocumentRole } from './document.enums.js';
import {
  AddDocumentPartyInput,
  AddDocumentPartyPayload,
  CreateDocumentInput,
  CreateDocumentPayload,
  DeleteDocumentInput,
  DeleteDocumentPayload,
  DocumentConnection,
  DocumentFilter,
  DocumentOrder,
  type DocumentPartyPayload,
  type DocumentPayload,
  RemoveDocumentPartyInput,
  RemoveDocumentPartyPayload,
  UpdateDocumentInput,
  UpdateDocumentPartyInput,
  UpdateDocumentPartyPayload,
  UpdateDocumentPayload,
} from './document.inputs.js';
import { DocumentParty } from './document-party.entity.js';
import * as service from './document.service.js';

const ROLE_ORDER = Object.values(DocumentRole);

/** Parties of a document (batched), in the order of DocumentRole, then as added. */
async function partiesOf(ctx: RequestContext, documentId: string): Promise<DocumentParty[]> {
  const parties = await ctx.records.groupBy(DocumentParty, 'document').load(documentId);
  return [...parties].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
}

function loadedOnly<T extends object>(entity: abstract new (...args: never[]) => T, rows: (T | Error | null)[]): T[] {
  return rows.filter((r): r is T => r instanceof entity);
}

@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => Document, { description: 'One document; NOT_FOUND error if the ID is unknown.' })
  document(@Arg('id', () => ID, { description: 'Global ID of the document.' }) id: string, @Ctx() ctx: RequestContext): Promise<Document> {
    return service.getDocument(ctx, id);
  }

  @Query(() => DocumentConnection, { description: 'Documents, filtered and ordered (newest first by default), as a Relay connection.' })
  documents(
    @Arg('filter', () => DocumentFilter, { nullable: true, description: 'Which records to return; all that you may see when left out.' }) filter: DocumentFilter | null,
    @Arg('orderBy', () => DocumentOrder, { nullable: true, description: 'Sort order; see DocumentOrder for the default.' }) orderBy: DocumentOrder | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<Document>> {
    return service.listDocuments(ctx, filter, orderBy, toPageRequest(page));
  }

  @FieldResolver(() => [DocumentParty], { description: 'Institutions issuing, adopting, approving, endorsing or receiving it, by role.' })
  parties(@Root() document: Document, @Ctx() ctx: RequestContext): Promise<DocumentParty[]> {
    return partiesOf(ctx, document.id);
  }

  @FieldResolver(() => [Institution], { description: 'Institutions that issued or co-issued it (issuers first).' })
  async issuers(@Root() document: Document, @Ctx() ctx: RequestContext): Promise<Institution[]> {
    const parties = (await partiesOf(ctx, document.id)).filter((p) => service.ISSUING_ROLES.includes(p.role));
    const ids = [...new Set(parties.map((p) => p.institution.id))];
    return loadedOnly(Institution, await ctx.records.byId(Institution).loadMany(ids));
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The event at which it was adopted.' })
  adoptedAt(@Root() document: Document, @Ctx() ctx: RequestContext): Promise<Event | null> {
    return visibleRef(ctx, Event, document.adoptedAt);
  }

  @Mutation(() => CreateDocumentPayload, { description: 'Creates a document, with its parties.' })
  async createDocument(
    @Arg('input', () => CreateDocumentInput, { description: 'The new document.' }) input: CreateDocumentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DocumentPayload> {
    const { result, userErrors } = await service.createDocument(ctx, input);
    return { document: result, userErrors };
  }

  @Mutation(() => UpdateDocumentPayload, { description: 'Changes a document: only the fields given. Requires the EDITOR role.' })
  async updateDocument(
    @Arg('input', () => UpdateDocumentInput, { description: 'The document to change (id, version) and the new values.' }) input: UpdateDocumentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DocumentPayload> {
    const { result, userErrors } = await service.updateDocument(ctx, input);
    return { document: result, userErrors };
  }

  @Mutation(() => DeleteDocumentPayload, {
    description: 'Deletes a document with its parties, citations and tags; refused (IN_USE) while commitments were made in it, unless detachCommitments.',
  })
  async deleteDocument(
    @Arg('input', () => DeleteDocumentInput, { description: 'The document to delete.' }) input: DeleteDocumentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DeleteDocumentPayload> {
    const { result, userErrors } = await service.deleteDocument(ctx, input);
    return { deletedId: result, userErrors };
  }

  @Mutation(() => AddDocumentPartyPayload, { description: 'Gives an institution a role for a document (one role per institution once).' })
  async addDocumentParty(
    @Arg('input', () => AddDocumentPartyInput, { description: 'The document party to add.' }) input: AddDocumentPartyInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DocumentPartyPayload> {
    const { result, userErrors } = await service.addDocumentParty(ctx, input);
    return { documentParty: result?.party ?? null, document: result?.document ?? null, userErrors };
  }

  @Mutation(() => UpdateDocumentPartyPayload, { description: 'Changes the date or event of a party’s role.' })
  async updateDocumentParty(
    @Arg('input', () => UpdateDocumentPartyInput, { description: 'The document party to change (id, version) and the new values.' }) input: UpdateDocumentPartyInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DocumentPartyPayload> {
    const { result, userErrors } = await service.updateDocumentParty(ctx, input);
    return { documentParty: result?.party ?? null, document: result?.document ?? null, userErrors };
  }

  @Mutation(() => RemoveDocumentPartyPayload, { description: 'Removes a document party. Requires the EDITOR role.' })
  async removeDocumentParty(
    @Arg('input', () => RemoveDocumentPartyInput, { description: 'The document party to remove.' }) input: RemoveDocumentPartyInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RemoveDocumentPartyPayload> {
    const { result, userErrors } = await service.removeDocumentParty(ctx, input);
    return { deletedId: result?.deletedId ?? null, document: result?.document ?? null, userErrors };
  }
}

@Resolver(() => DocumentParty)
export class DocumentPartyResolver {
  @FieldResolver(() => Document, { description: 'The document.' })
  async document(@Root() party: DocumentParty, @Ctx() ctx: RequestContext): Promise<Document> {
    return (await ctx.records.byId(Document).load(party.document.id))!;
  }

  @FieldResolver(() => Institution, { description: 'The institution.' })
  async institution(@Root() party: DocumentParty, @Ctx() ctx: RequestContext): Promise<Institution> {
    return (await ctx.records.byId(Institution).load(party.institution.id))!;
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The event at which it took this role.' })
  atEvent(@Root() party: DocumentParty, @Ctx() ctx: RequestContext): Promise<Event | null> {
    return visibleRef(ctx, Event, party.atEvent);
  }
}

/** Event.documents: declared here, beside the document's `adoptedAt` key. */
@Resolver(() => Event)
export class EventDocumentsResolver {
  @FieldResolver(() => [Document], { description: 'Documents adopted at this event (e.g. the Baku Declaration), by date.' })
  async documents(@Root() event: Event, @Ctx() ctx: RequestContext): Promise<Document[]> {
    return (await ctx.records.groupBy(Document, 'adoptedAt', { date: 'asc' }).load(event.id)).filter(visibleTo(ctx));
  }
}

@Resolver(() => Institution)
export class InstitutionDocumentsResolver {
  @FieldResolver(() => [DocumentParty], { description: 'This institution’s roles for documents (optionally only some roles).' })
  async documentParties(
    @Root() institution: Institution,
    @Arg('role', () => [DocumentRole], { nullable: true, description: 'Only roles of these kinds.' }) role: DocumentRole[] | null,
    @Ctx() ctx: RequestContext,
  ): Promise<DocumentParty[]> {
    const all = await ctx.records.groupBy(DocumentParty, 'institution').load(institution.id);
    const parties = role?.length ? all.filter((p) => role.includes(p.role)) : all;
    // Roles for confidential documents are hidden with the documents.
    const documents = await ctx.records.byId(Document).loadMany(parties.map((p) => p.document.id));
    const visible = visibleTo(ctx);
    return parties.filter((_, i) => {
      const document = documents[i];
      return document instanceof Document && visible(document);
    });
  }

  @FieldResolver(() => [Document], {
    description: 'Documents this institution is a party to (optionally only in some roles), newest first; undated last.',
  })
  async documents(
    @Root() institution: Institution,
    @Arg('role', () => [DocumentRole], { nullable: true, description: 'Only documents where the institution has any of these roles.' }) role: DocumentRole[] | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Document[]> {
    const parties = await this.documentParties(institution, role, ctx);
    const ids = [...new Set(parties.map((p) => p.document.id))];
    const documents = loadedOnly(Document, await ctx.records.byId(Document).loadMany(ids)).filter(visibleTo(ctx));
    return documents.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title));
  }
}
