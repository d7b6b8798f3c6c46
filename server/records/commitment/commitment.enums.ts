import { registerEnumType } from 'type-graphql';

/** OPEN → IN_PROGRESS → DONE | DROPPED. */
export enum CommitmentStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  DROPPED = 'DROPPED',
}
registerEnumType(CommitmentStatus, {
  name: 'CommitmentStatus',
  description: 'Where a commitment stands: OPEN → IN_PROGRESS → DONE, or DROPPED.',
  valuesConfig: {
    DONE: { description: 'Fulfilled (evidence says how).' },
    DROPPED: { description: 'Given up or overtaken; no longer followed.' },
    IN_PROGRESS: { description: 'Work on it has started.' },
    OPEN: { description: 'Taken on, nothing done yet.' },
  },
});
