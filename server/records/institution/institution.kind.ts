import { registerEnumType } from 'type-graphql';

export enum InstitutionKind {
  OMBUDSMAN = 'OMBUDSMAN',
  NHRI = 'NHRI',
  INTERGOVERNMENTAL_ORGANIZATION = 'INTERGOVERNMENTAL_ORGANIZATION',
  IGO_BODY = 'IGO_BODY',
  NETWORK = 'NETWORK',
  GOVERNMENT_BODY = 'GOVERNMENT_BODY',
  NGO = 'NGO',
  ACADEMIC = 'ACADEMIC',
  MEDIA = 'MEDIA',
  OTHER = 'OTHER',
}

registerEnumType(InstitutionKind, {
  name: 'InstitutionKind',
  description: 'What kind of body an institution is.',
  valuesConfig: {
    OMBUDSMAN: { description: 'An ombudsman or ombudsperson office (incl. children’s ombudspersons).' },
    NHRI: { description: 'A national human rights institution.' },
    INTERGOVERNMENTAL_ORGANIZATION: { description: 'The UN, the Council of Europe, UNESCO, the OIC …' },
    IGO_BODY: { description: 'An organ or body of an intergovernmental organisation (e.g. the OIC IPHRC).' },
    NETWORK: { description: 'An association or network of institutions (ENOC, ENNHRI, the OIC Ombudsman Association).' },
    GOVERNMENT_BODY: { description: 'A ministry, agency or other state body.' },
    NGO: { description: 'A civil-society organisation.' },
    ACADEMIC: { description: 'A university or research institute.' },
    MEDIA: { description: 'A news outlet or publisher.' },
    OTHER: { description: 'Anything else.' },
  },
});

export enum InstitutionStatus {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
  DISSOLVED = 'DISSOLVED',
  MERGED = 'MERGED',
}

registerEnumType(InstitutionStatus, {
  name: 'InstitutionStatus',
  description: 'Whether an institution still exists and operates.',
  valuesConfig: {
    ACTIVE: { description: 'Exists and operates.' },
    DISSOLVED: { description: 'Abolished; no successor.' },
    INACTIVE: { description: 'Exists but does not currently operate.' },
    MERGED: { description: 'Merged into another institution.' },
  },
});
