import { describe, expect, it } from 'vitest';
import { escapeLike, foldForSearch } from './text.js';

describe('foldForSearch', () => {
  it.each([
    ['Défenseur des Droits', 'defenseur des droits'],
    ['Azərbaycan Respublikasının', 'azerbaycan respublikasinin'],
    ['İnsan Hüquqları üzrə', 'insan huquqlari uzre'],
    ['  Ombudsperson’s   Office ', "ombudsperson's office"],
    ['Straße Łódź Ørsted', 'strasse lodz orsted'],
    ['ＯＩＣ', 'oic'],
    ['Уполномоченный по правам человека', 'upolnomochennyi po pravam cheloveka'],
    ['საქართველოს სახალხო დამცველი', 'sakartvelos sakhalkho damtsveli'],
    ['Ombudsman (Омбудсмен) of Georgia', 'ombudsman (ombudsmen) of georgia'],
  ])('%s → %s', (input, expected) => {
    expect(foldForSearch(input)).toBe(expected);
  });

  it('escapes LIKE wildcards', () => {
    expect(escapeLike('100%_\\')).toBe('100\\%\\_\\\\');
  });
});
