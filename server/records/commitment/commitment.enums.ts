import { registerEnumType } from 'type-graphql';

/** OPEN → IN_PROGRESS → DONE | DROPPED. */
export enum CommitmentStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  DROPPED = 'DROPPED',
}
registerEnumType(CommitmentStatus, { name: 'CommitmentStatus' });
