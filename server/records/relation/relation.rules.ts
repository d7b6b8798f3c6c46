import { RelationKind } from './relation.enums.js';

export type SubjectType = 'Institution' | 'Person';

/**
 * Which kinds of relation fit which kind of subject. A person can be a member, an observer, a
 * representative …; only an institution can be a body of, a partner of or accredited by another.
 */
export const SUBJECTS_BY_KIND: Record<RelationKind, readonly SubjectType[]> = {
  [RelationKind.MEMBER_OF]: ['Institution', 'Person'],
  [RelationKind.OBSERVER_IN]: ['Institution', 'Person'],
  [RelationKind.PARTNER_OF]: ['Institution'],
  [RelationKind.BODY_OF]: ['Institution'],
  [RelationKind.AFFILIATED_WITH]: ['Institution', 'Person'],
  [RelationKind.COOPERATES_WITH]: ['Institution', 'Person'],
  [RelationKind.ACCREDITED_BY]: ['Institution'],
  [RelationKind.REPRESENTS]: ['Person'],
  [RelationKind.OTHER]: ['Institution', 'Person'],
};

export function kindFitsSubject(kind: RelationKind, subject: SubjectType): boolean {
  return SUBJECTS_BY_KIND[kind].includes(subject);
}
