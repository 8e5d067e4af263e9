/**
 * `npm run new-story` gives a folder that builds at once: the example story's
 * files without what the build computes, which the first build then computes
 * (routes.json from build.json, basemap/ from the places), and a story that
 * parses in every edition.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareStory } from '../../scripts/lib/prepare-story.ts';
import { editionCodes, loadStory } from '../../src/lib/content/load.ts';

describe('new-story', () => {
  it('starts a folder from the example that builds at once', { timeout: 60_000 }, () => {
    const scratch = mkdtempSync(join(tmpdir(), 'new-story-'));
    const dir = join(scratch, 'harbour');
    try {
      execFileSync('npx', ['tsx', 'scripts/new-story.ts', dir], { stdio: 'pipe' });
      const files = readdirSync(dir).sort();
      expect(files).toContain('story.en.aml');
      expect(files).toContain('story.json');
      expect(files).not.toContain('routes.json');
      expect(files).not.toContain('basemap');
      // A second time into the same folder: refused, nothing overwritten.
      expect(() => execFileSync('npx', ['tsx', 'scripts/new-story.ts', dir], { stdio: 'pipe' })).toThrow(/has files already/);

      prepareStory(dir, () => {});
      expect(existsSync(join(dir, 'routes.json'))).toBe(true);
      expect(readdirSync(join(dir, 'basemap')).sort()).toEqual(['borders-detail.json', 'borders.json', 'countries.json', 'land-detail.json', 'land.json']);
      for (const code of editionCodes(dir)) expect(loadStory(dir, undefined, code).steps.length).toBeGreaterThan(0);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
