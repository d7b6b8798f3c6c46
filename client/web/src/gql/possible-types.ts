
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "Node": [
      "Agreement",
      "AgreementAction",
      "AgreementParty",
      "ApiToken",
      "AuditEntry",
      "Citation",
      "Claim",
      "Commitment",
      "Document",
      "DocumentParty",
      "Event",
      "EventSeries",
      "Institution",
      "Participation",
      "Person",
      "Post",
      "Relation",
      "Source",
      "Tenure",
      "Topic",
      "User",
      "Visit",
      "VisitMember"
    ],
    "RelationSubject": [
      "Institution",
      "Person"
    ],
    "TimelineItem": [
      "TimelineAgreementAction",
      "TimelineCommitment",
      "TimelineDocument",
      "TimelineEvent",
      "TimelineRelationChange",
      "TimelineVisit"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "Node": [
      "Agreement",
      "AgreementAction",
      "AgreementParty",
      "ApiToken",
      "AuditEntry",
      "Citation",
      "Claim",
      "Commitment",
      "Document",
      "DocumentParty",
      "Event",
      "EventSeries",
      "Institution",
      "Participation",
      "Person",
      "Post",
      "Relation",
      "Source",
      "Tenure",
      "Topic",
      "User",
      "Visit",
      "VisitMember"
    ],
    "RelationSubject": [
      "Institution",
      "Person"
    ],
    "TimelineItem": [
      "TimelineAgreementAction",
      "TimelineCommitment",
      "TimelineDocument",
      "TimelineEvent",
      "TimelineRelationChange",
      "TimelineVisit"
    ]
  }
};
      export default result;
    