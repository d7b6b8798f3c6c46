import { expect, test } from 'vitest';
import { counted } from './references.js';

test('a refusal counts what refers to a record in the count’s own form', () => {
  expect(counted(1, 'tenure{|s}')).toBe('1 tenure');
  expect(counted(3, 'tenure{|s}')).toBe('3 tenures');
  expect(counted(1, 'agreement part{y|ies}')).toBe('1 agreement party');
  expect(counted(2, 'agreement{|s} that renew{s|} it')).toBe('2 agreements that renew it');
  expect(counted(1, 'relation{|s} (as subject)')).toBe('1 relation (as subject)');
});
