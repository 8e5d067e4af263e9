/** Renders the story to HTML at build time, so it reads before (and without) any script. */
import { render } from 'svelte/server';
import story from 'virtual:story';
import App from './App.svelte';

export function renderPage(): { head: string; body: string; lang: string } {
  const { head, body } = render(App, { props: { story } });
  return { head, body, lang: story.strings.lang };
}
