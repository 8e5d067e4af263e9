/** Renders the story to HTML at build time, so it reads before (and without) any script. */
import { render } from 'svelte/server';
import story from 'virtual:story';
import App from './App.svelte';

/** `classroom`: the classroom version, with the items marked sensitive left out of the HTML. */
export function renderPage(classroom = false): { head: string; body: string; lang: string } {
  const { head, body } = render(App, { props: { story, classroomPage: classroom } });
  return { head, body, lang: story.strings.lang };
}
