/** The overlay's layers, loaded with the map (never before it is needed), not with the page's text. */
export { default as Overlay } from './Overlay.svelte';
export { default as People } from './People.svelte';
