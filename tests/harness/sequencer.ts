// Longest files first, so that the two workers finish together instead of one of them starting a
// two-minute browser file when the other has nothing left. Vitest already orders by each file's
// duration in its last run (kept in node_modules/.vite); without that cache (a fresh checkout, CI
// after `npm ci`) it falls back to file size, which puts the browser files — the longest by far —
// among the rest. Then the browser files go first (largest first), and the others by Vitest's order.
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const BROWSER_FILE = /[\\/]tests[\\/]e2e[\\/]web-[^\\/]+\.test\.ts$/;

export default class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    if (files.every((file) => this.ctx.cache.getTestSpecificationResult(file))) return sorted;
    return [...sorted.filter((file) => BROWSER_FILE.test(file.moduleId)), ...sorted.filter((file) => !BROWSER_FILE.test(file.moduleId))];
  }
}
