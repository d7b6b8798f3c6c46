/** An enum value as words: IN_FORCE → "In force", IGO_BODY → "IGO body". */
export function humanize(value: string | null | undefined): string {
  if (!value) return '';
  const words = value.split('_').map((w, i) => {
    const lower = w.toLowerCase();
    if (['igo', 'ngo', 'nhri', 'un', 'mou', 'rsvp', 'oic'].includes(lower)) return w.toUpperCase();
    return i === 0 ? lower[0].toUpperCase() + lower.slice(1) : lower;
  });
  return words.join(' ');
}

/** "1 event", "3 events". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
