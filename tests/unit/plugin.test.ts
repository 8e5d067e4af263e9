import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { storyPlugin } from '../../scripts/vite-plugin-story.ts';

/** Runs the plugin's buildStart hook as Vite does, with a context whose error() throws. */
function startBuild(dataDir: string): void {
  const plugin = storyPlugin(dataDir);
  const hook = plugin.buildStart as (this: unknown) => void;
  hook.call({
    error(message: string): never {
      throw new Error(message);
    }
  });
}

describe('the story plugin', () => {
  it('lets a valid story through and serves it as a module', () => {
    expect(() => startBuild('data')).not.toThrow();
    const load = storyPlugin('data').load as (id: string) => string;
    expect(load('\0virtual:story')).toMatch(/^export default \{"headline":/);
    expect(load('\0virtual:routes')).toMatch(/"coordinates":\[\[/);
  });

  it('stops the build (and the dev server) on a bad copy file, naming file, line and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'story-'));
    cpSync('data', dir, { recursive: true });
    const copy = join(dir, 'story.en.aml');
    const text = readFileSync(copy, 'utf8').replace(/^figure: eu-seized-2023$/m, 'figure: made-up-number');
    writeFileSync(copy, text);
    const line = text.split('\n').indexOf('figure: made-up-number') + 1;
    expect(line).toBeGreaterThan(0);
    expect(() => startBuild(dir)).toThrow(new RegExp(`story\\.en\\.aml:${line}: steps\\[1\\]\\.figure: expected a figure id`));
  });
});
