import type { AgreementActionKind, AgreementKind, AgreementPartyRole } from '../../../gql/graphql';

export const AGREEMENT_KINDS: AgreementKind[] = ['MEMORANDUM_OF_UNDERSTANDING', 'COOPERATION_AGREEMENT', 'JOINT_DECLARATION', 'ACTION_PLAN', 'OTHER'];
export const PARTY_ROLES: AgreementPartyRole[] = ['PARTY', 'OBSERVER', 'WITNESS', 'DEPOSITARY'];
/** What one party does (the agreement-wide moves are the lifecycle buttons). */
export const PARTY_ACTIONS: AgreementActionKind[] = ['SIGNATURE', 'WITHDRAWAL', 'AMENDMENT', 'EXTENSION'];
