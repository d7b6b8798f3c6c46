import { RecordEntity } from './record.entity.js';
import { Institution } from '../modules/institution/institution.entity.js';

/** Every entity class, in one place for the ORM, the CLI and the migrations. */
export const entities = [RecordEntity, Institution];
