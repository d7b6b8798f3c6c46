import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { recordPayload } from '../../api/payloads.js';
import { UserError } from '../../kernel/errors.js';
import { SortDirection, connectionTypes } from '../../api/relay.js';
import { PartialDateScalar } from '../../kernel/partial-date.js';
import { Document } from './document.entity.js';
import { DocumentParty } from './document-party.entity.js';
import { DocumentKind, DocumentRole } from './document.enums.js';
import { UNCITED_DESCRIPTION } from '../../api/list-conditions.js';

@InputType({ description: 'Narrows `documents`. All given conditions must hold.' })
export class DocumentFilter {
  @Field(() => [DocumentKind], { nullable: true, description: 'Any of these kinds.' })
  kind?: DocumentKind[] | null;

  @Field(() => ID, { nullable: true, description: 'Issued or co-issued by this institution.' })
  issuerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'This institution is a party (in any role, or in one of `partyRole`).' })
  partyId?: string | null;

  @Field(() => [DocumentRole], {
    nullable: true,
    description: 'With `partyId`: that institution has one of these roles. Alone: some institution has one of these roles.',
  })
  partyRole?: DocumentRole[] | null;

  @Field(() => ID, { nullable: true, description: 'Adopted at this event.' })
  adoptedAtId?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Dated on or after this (partial) date: the document date can fall on or after it.' })
  from?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Dated on or before this (partial) date: the document date can fall on or before it.' })
  to?: string | null;

  @Field(() => ID, { nullable: true, description: 'Tagged with this topic.' })
  topicId?: string | null;

  @Field(() => String, { nullable: true, description: 'Matches title and summary; case- and accent-insensitive substring match.' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: UNCITED_DESCRIPTION })
  uncited?: boolean | null;
}

export enum DocumentOrderField {
  DATE = 'DATE',
  TITLE = 'TITLE',
  KIND = 'KIND',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(DocumentOrderField, {
  name: 'DocumentOrderField',
  description: 'DATE sorts partial dates as written ("2024" before "2024-03"); undated documents come last.',
  valuesConfig: {
    CREATED_AT: { description: 'By when the record was created in the registry.' },
    UPDATED_AT: { description: 'By when the record was last changed.' },
    TITLE: { description: 'Alphabetically by title.' },
    KIND: { description: 'By kind, alphabetically by the kind’s name.' },
    DATE: { description: 'By the document’s date.' },
  },
});

@InputType({ description: 'How to sort a list of document records.' })
export class DocumentOrder {
  @Field(() => DocumentOrderField, { defaultValue: DocumentOrderField.DATE, description: 'What to sort by.' })
  field: DocumentOrderField = DocumentOrderField.DATE;

  @Field(() => SortDirection, { nullable: true, description: 'Default: DESC for DATE (newest first), ASC for the others.' })
  direction?: SortDirection | null;
}

@InputType({ description: 'An institution’s role for a document, given when creating the document.' })
export class DocumentPartyInput {
  @Field(() => ID, { description: 'Global ID of the institution.' }) institutionId!: string;
  @Field(() => DocumentRole, { description: 'What the institution did with the document.' }) role!: DocumentRole;
  @Field(() => PartialDateScalar, { nullable: true, description: 'When it took this role (e.g. the approval date).' }) date?: string | null;
  @Field(() => ID, { nullable: true, description: 'The event at which it took this role (e.g. the CFM session that approved it).' })
  atEventId?: string | null;
}

@InputType({ description: 'A new document, with the institutions that issued or received it.' })
export class CreateDocumentInput {
  @Field(() => String, { description: 'The document’s title.' }) title!: string;
  @Field(() => DocumentKind, { description: 'What sort of document it is.' }) kind!: DocumentKind;
  @Field(() => PartialDateScalar, { nullable: true, description: 'Date of the document: YYYY, YYYY-MM or YYYY-MM-DD.' }) date?: string | null;
  @Field(() => ID, { nullable: true, description: 'The event at which it was adopted.' }) adoptedAtId?: string | null;
  @Field(() => String, { nullable: true, description: 'http(s) link to the text.' }) url?: string | null;
  @Field(() => String, { nullable: true, description: 'A short summary of its content.' }) summary?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Hidden from viewers; default false.' }) confidential?: boolean | null;
  @Field(() => [DocumentPartyInput], { nullable: true, description: 'Issuers, approvers, addressees … (at most 100).' })
  parties?: DocumentPartyInput[] | null;
}

@InputType({ description: 'Fields left out stay as they are; an explicit null clears an optional field. Parties change through addDocumentParty/removeDocumentParty.' })
export class UpdateDocumentInput {
  @Field(() => ID, { description: 'Global ID of the document to change.' }) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the update is refused with CONFLICT if it changed since.' })
  version?: number | null;
  @Field(() => String, { nullable: true, description: 'The document’s title.' }) title?: string | null;
  @Field(() => DocumentKind, { nullable: true, description: 'What sort of document it is.' }) kind?: DocumentKind | null;
  @Field(() => PartialDateScalar, { nullable: true, description: 'Date of the document: YYYY, YYYY-MM or YYYY-MM-DD.' }) date?: string | null;
  @Field(() => ID, { nullable: true, description: 'The event at which it was adopted.' }) adoptedAtId?: string | null;
  @Field(() => String, { nullable: true, description: 'http(s) link to the text.' }) url?: string | null;
  @Field(() => String, { nullable: true, description: 'A short summary of its content.' }) summary?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Hidden from viewers.' }) confidential?: boolean | null;
}

@InputType({ description: 'Which document to delete.' })
export class DeleteDocumentInput {
  @Field(() => ID, { description: 'Global ID of the document to delete.' }) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the delete is refused with CONFLICT if the document changed since. Left out: delete whatever its version.' }) version?: number | null;
  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Also detach commitments made in this document (they keep no origin) instead of refusing the delete.',
  })
  detachCommitments = false;
}

@InputType({ description: 'An institution to add to a document in a given role (issuer, addressee …).' })
export class AddDocumentPartyInput extends DocumentPartyInput {
  @Field(() => ID, { description: 'Global ID of the document.' }) documentId!: string;
}

@InputType({ description: 'Fields left out stay as they are; an explicit null clears.' })
export class UpdateDocumentPartyInput {
  @Field(() => ID, { description: 'Global ID of the document party to change.' }) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the update is refused with CONFLICT if the document party changed since. Left out: overwrite whatever is there.' }) version?: number | null;
  @Field(() => PartialDateScalar, { nullable: true, description: 'When it took this role (e.g. the approval date).' }) date?: string | null;
  @Field(() => ID, { nullable: true, description: 'The event at which it took this role (e.g. the CFM session that approved it).' }) atEventId?: string | null;
}

@InputType({ description: 'Which document party to remove.' })
export class RemoveDocumentPartyInput {
  @Field(() => ID, { description: 'Global ID of the document party to remove.' }) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the remove is refused with CONFLICT if the document party changed since. Left out: remove whatever its version.' }) version?: number | null;
}

const documentPayload = (name: string) => recordPayload(name, 'document', Document);

export const CreateDocumentPayload = documentPayload('CreateDocumentPayload');
export const UpdateDocumentPayload = documentPayload('UpdateDocumentPayload');
export type DocumentPayload = { document: Document | null; userErrors: UserError[] };

function documentPartyPayload(name: string) {
  @ObjectType(name, { description: 'The document party as saved and its document, or the userErrors that explain why nothing was written.' })
  class Payload {
    @Field(() => DocumentParty, { nullable: true, description: 'The party as saved; null when userErrors is not empty.' })
    documentParty!: DocumentParty | null;

    @Field(() => Document, { nullable: true, description: 'The document it belongs to.' })
    document!: Document | null;

    @Field(() => [UserError], { description: 'Why the input was refused; empty on success. When not empty, nothing was written.' })
    userErrors!: UserError[];
  }
  return Payload;
}

export const AddDocumentPartyPayload = documentPartyPayload('AddDocumentPartyPayload');
export const UpdateDocumentPartyPayload = documentPartyPayload('UpdateDocumentPartyPayload');
export type DocumentPartyPayload = { documentParty: DocumentParty | null; document: Document | null; userErrors: UserError[] };

@ObjectType({ description: 'What `deleteDocument` returns: the result, or the userErrors that explain why nothing was written.' })
export class DeleteDocumentPayload {
  @Field(() => ID, { nullable: true, description: 'Global ID of the deleted document.' })
  deletedId!: string | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success. When not empty, nothing was written.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'What `removeDocumentParty` returns: the result, or the userErrors that explain why nothing was written.' })
export class RemoveDocumentPartyPayload {
  @Field(() => ID, { nullable: true, description: 'Global ID of the removed party.' })
  deletedId!: string | null;

  @Field(() => Document, { nullable: true, description: 'The document it belonged to.' })
  document!: Document | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success. When not empty, nothing was written.' })
  userErrors!: UserError[];
}

export const { Connection: DocumentConnection } = connectionTypes('Document', Document);
