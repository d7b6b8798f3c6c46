import { registerEnumType } from 'type-graphql';

export enum VisitDirection {
  INBOUND = 'INBOUND',
  OUTBOUND = 'OUTBOUND',
}
registerEnumType(VisitDirection, {
  name: 'VisitDirection',
  description: 'Relative to the registry’s own institution: INBOUND = a delegation comes to us; OUTBOUND = we go.',
  valuesConfig: {
    INBOUND: { description: 'A delegation comes to us.' },
    OUTBOUND: { description: 'We send a delegation.' },
  },
});

export enum VisitPurpose {
  ASSESSMENT_MISSION = 'ASSESSMENT_MISSION',
  MUTUAL_VISIT = 'MUTUAL_VISIT',
  STUDY_VISIT = 'STUDY_VISIT',
  MONITORING = 'MONITORING',
  OFFICIAL = 'OFFICIAL',
}
registerEnumType(VisitPurpose, {
  name: 'VisitPurpose',
  description: 'Why a visit is made.',
  valuesConfig: {
    ASSESSMENT_MISSION: { description: 'A mission to assess a situation (e.g. after a conflict).' },
    MONITORING: { description: 'Monitoring of places or rights (e.g. detention places).' },
    MUTUAL_VISIT: { description: 'A visit between peer institutions to cooperate.' },
    OFFICIAL: { description: 'An official visit.' },
    STUDY_VISIT: { description: 'A visit to learn from the host’s practice.' },
  },
});

export enum DelegationRole {
  HEAD = 'HEAD',
  MEMBER = 'MEMBER',
  EXPERT = 'EXPERT',
  STAFF = 'STAFF',
  HOST = 'HOST',
}
registerEnumType(DelegationRole, {
  name: 'DelegationRole',
  description: 'A member’s role in a visiting delegation.',
  valuesConfig: {
    EXPERT: { description: 'An expert advising the delegation.' },
    HEAD: { description: 'Heads the delegation.' },
    HOST: { description: 'Receives the delegation on the host’s side.' },
    MEMBER: { description: 'A member of the delegation.' },
    STAFF: { description: 'Staff accompanying the delegation.' },
  },
});
