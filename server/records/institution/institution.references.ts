import { AgreementAction } from '../agreement/agreement-action.entity.js';
import { AgreementParty } from '../agreement/agreement-party.entity.js';
import { Commitment } from '../commitment/commitment.entity.js';
import { DocumentParty } from '../document/document-party.entity.js';
import { Participation } from '../event/participation.entity.js';
import { Post } from '../person/post.entity.js';
import { Source } from '../provenance/source.entity.js';
import { Relation } from '../relation/relation.entity.js';
import type { Reference } from '../../api/records.js';
import { Visit } from '../visit/visit.entity.js';
import { VisitMember } from '../visit/visit-member.entity.js';

/** Everything that can point at an institution; deleting one that is still referenced is refused. */
export const INSTITUTION_REFERENCES: Reference[] = [
  { entity: Post, field: 'institution', label: 'posts' },
  { entity: Relation, field: 'subjectInstitution', label: 'relations (as subject)' },
  { entity: Relation, field: 'object', label: 'relations (as object)' },
  { entity: AgreementParty, field: 'institution', label: 'agreement parties' },
  { entity: AgreementAction, field: 'party', label: 'agreement actions' },
  { entity: Participation, field: 'institution', label: 'event participations' },
  { entity: Participation, field: 'onBehalfOf', label: 'participations on its behalf' },
  { entity: Visit, field: 'delegationOf', label: 'visits (as delegation)' },
  { entity: Visit, field: 'host', label: 'visits (as host)' },
  { entity: VisitMember, field: 'institution', label: 'delegation memberships' },
  { entity: DocumentParty, field: 'institution', label: 'document roles' },
  { entity: Commitment, field: 'ownerInstitution', label: 'commitments' },
  { entity: Source, field: 'publisher', label: 'sources (as publisher)' },
];
