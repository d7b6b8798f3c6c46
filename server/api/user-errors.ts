import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { UserError, UserErrorCode } from '../kernel/errors.js';

// The GraphQL shape of kernel's UserError and UserErrorCode: services build plain objects, the
// payload types (`@Field(() => [UserError])`) show them. Imported before the schema is built (api/payloads.ts, app/schema.ts).

registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Why a mutation refused its input. Nothing is written when any userError is returned.',
  valuesConfig: {
    REQUIRED: { description: 'A required value is missing or blank.' },
    TOO_LONG: { description: 'A text is longer than allowed.' },
    TOO_MANY: { description: 'A list has more items than allowed.' },
    INVALID_FORMAT: { description: 'A value is not in the expected format (e.g. a URL).' },
    INVALID_COUNTRY: { description: 'Not an ISO 3166-1 alpha-2 country code.' },
    INVALID_ID: { description: 'Not a global ID of the expected record type.' },
    NOT_FOUND: { description: 'The referenced record does not exist.' },
    DUPLICATE: { description: 'Another record already has this identity (e.g. same name in the same country).' },
    CYCLE: { description: 'The change would make a record its own ancestor.' },
    IN_USE: { description: 'Other records still reference this one.' },
    CONFLICT: { description: 'The record changed since the given version; reload and retry.' },
    INVALID_TRANSITION: { description: 'The status cannot move from its current value to the requested one.' },
    INVALID_DATE_RANGE: { description: 'An end date lies before its start date (partial dates compare by the days they cover).' },
    INVALID_VALUE: { description: 'A value is out of range or not allowed here (e.g. a negative notice period).' },
  },
});

Field(() => [String], { description: 'Path to the offending input field, e.g. ["input", "country"].' })(UserError.prototype, 'field');
Field(() => String, { description: 'Human-readable explanation.' })(UserError.prototype, 'message');
Field(() => UserErrorCode, { description: 'Why the input was refused, for programs to act on.' })(UserError.prototype, 'code');
ObjectType({ description: 'A problem with a mutation input. Nothing was written.' })(UserError);
