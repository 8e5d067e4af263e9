/**
 * The story the browser suite checks: the folder the site was built from
 * (STORY, data/ by default, as scripts/lib/story-dir.ts reads it), so that the
 * generic specs run on any story folder (playwright.config.ts lists them).
 */
export const STORY_DIR = process.env.STORY || 'data';
