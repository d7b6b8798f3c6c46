import anyAscii from 'any-ascii';
/** Letters outside the Latin script (and not digits, punctuation or spaces). */
const NON_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]+/gu;

/** Letters that Unicode decomposition leaves alone but a reader treats as their base letter. */
const FOLDS: Record<string, string> = {
  ə: 'e', ı: 'i', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ħ: 'h',
};

/**
 * Folds text for matching: case-, accent- and spacing-insensitive ("Azərbaycan" → "azerbaycan",
 * "Ombudsperson’s  Office" → "ombudsperson's office"). The same function builds the stored search
 * column and the search term, so both sides always agree.
 */
export function foldForSearch(text: string): string {
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

/** Escapes LIKE wildcards so user text matches literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
