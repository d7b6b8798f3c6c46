import { registerEnumType } from 'type-graphql';

export enum RelationKind {
  MEMBER_OF = 'MEMBER_OF',
  OBSERVER_IN = 'OBSERVER_IN',
  PARTNER_OF = 'PARTNER_OF',
  BODY_OF = 'BODY_OF',
  AFFILIATED_WITH = 'AFFILIATED_WITH',
  COOPERATES_WITH = 'COOPERATES_WITH',
  ACCREDITED_BY = 'ACCREDITED_BY',
  REPRESENTS = 'REPRESENTS',
  OTHER = 'OTHER',
}
registerEnumType(RelationKind, {
  name: 'RelationKind',
  description: 'How the subject relates to the object institution ("Ombudsman of Azerbaijan MEMBER_OF OIC Ombudsman Association").',
  valuesConfig: {
    MEMBER_OF: { description: 'A member of a network or association.' },
    OBSERVER_IN: { description: 'Observer status in an organisation.' },
    PARTNER_OF: { description: 'A formal partnership (often backed by an agreement).' },
    BODY_OF: { description: 'An organ or body of an organisation.' },
    AFFILIATED_WITH: { description: 'An affiliated or associated institution.' },
    COOPERATES_WITH: { description: 'Ongoing cooperation without formal membership.' },
    ACCREDITED_BY: { description: 'Accreditation, e.g. GANHRI status.' },
    REPRESENTS: { description: 'A person representing an institution (liaison, envoy).' },
    OTHER: { description: 'Anything else; say what in `role`.' },
  },
});
