import { describe, expect, it } from 'vitest';
import { neutralizeCell } from './csv-cell.js';

describe('neutralizeCell', () => {
  it('prefixes cells that a spreadsheet would run as formulas', () => {
    for (const cell of ['=HYPERLINK("http://x","y")', '=1+1', '+A1', '-2+3', '@SUM(A1:A2)', '\tcmd', '\rcmd', '-', '+']) {
      expect(neutralizeCell(cell), JSON.stringify(cell)).toBe(`'${cell}`);
    }
  });

  it('leaves text and plain numbers alone', () => {
    for (const cell of ['', 'OIC', 'a=b', '3', '-3', '-0.5', '1e5', "'quoted", ' =lead space']) {
      expect(neutralizeCell(cell), JSON.stringify(cell)).toBe(cell);
    }
  });
});
