import { registerEnumType } from 'type-graphql';

export enum VisitDirection {
  INBOUND = 'INBOUND',
  OUTBOUND = 'OUTBOUND',
}
registerEnumType(VisitDirection, {
  name: 'VisitDirection',
  description: 'Relative to the registry’s own institution: INBOUND = a delegation comes to us; OUTBOUND = we go.',
});

export enum VisitPurpose {
  ASSESSMENT_MISSION = 'ASSESSMENT_MISSION',
  MUTUAL_VISIT = 'MUTUAL_VISIT',
  STUDY_VISIT = 'STUDY_VISIT',
  MONITORING = 'MONITORING',
  OFFICIAL = 'OFFICIAL',
}
registerEnumType(VisitPurpose, { name: 'VisitPurpose' });

export enum DelegationRole {
  HEAD = 'HEAD',
  MEMBER = 'MEMBER',
  EXPERT = 'EXPERT',
  STAFF = 'STAFF',
  HOST = 'HOST',
}
registerEnumType(DelegationRole, { name: 'DelegationRole' });
