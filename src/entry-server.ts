/** Renders the story to HTML at build time, so it reads before (and without) any script. */
import { render } from 'svelte/server';
import App from './App.svelte';
import type { Story } from './lib/content/schema';
import type { EditionLink } from './lib/content/page-data';

/** `classroom`: the classroom version, with the items marked sensitive left out of the HTML. */
export function renderPage(story: Story, classroom: boolean, editions: EditionLink[]): { head: string; body: string; lang: string } {
  const { head, body } = render(App, { props: { story, classroomPage: classroom, editions } });
  return { head, body, lang: story.strings.lang };
}
