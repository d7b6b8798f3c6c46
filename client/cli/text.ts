import anyAscii from 'any-ascii';
/** Letters outside the Latin script (and not digits, punctuation or spaces). */
const NON_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]+/gu;

/** Letters that Unicode decomposition leaves alone but a reader treats as their base letter. */
const FOLDS: Record<string, string> = {
  ə: 'e', ı: 'i', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ħ: 'h',
};

/**
 * Folds text for comparing names: case-, accent- and spacing-insensitive ("Azərbaycan" →
 * "azerbaycan"). The same folding as the server's search (server/kernel/text.ts
 * `foldForSearch`), so "an exact match" here agrees with what the server's search found.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[əıøæœßđðłþħ]/g, (c) => FOLDS[c] ?? c)
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    // Cyrillic, Georgian, Arabic … as Latin letters (any-ascii), so "Омбудсмен" and "ombudsmen",
    // "საქართველო" and "sakartvelo" meet.
    .replace(NON_LATIN, (run) => anyAscii(run).toLowerCase())
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Organisation of Islamic Cooperation (OIC)". */
export function displayName(institution: { name: string; acronym: string | null }): string {
  return institution.acronym ? `${institution.name} (${institution.acronym})` : institution.name;
}
