declare module 'virtual:story' {
  import type { Story } from '$lib/content/schema.ts';
  const story: Story;
  export default story;
}
declare module 'virtual:routes' {
  const routes: Array<{ id: string; coordinates: Array<[number, number]> }>;
  export default routes;
}
