/**
 * What only a presentation needs, in a chunk of its own that the page loads
 * when a presentation starts (or opens as one): measuring steps into slides,
 * the link between the projector's window and the presenter view, and the
 * panels only a presenter sees. Most readers scroll, and never fetch it.
 */
export { sameSlides, showAll, showSlide, watchSlides } from '../../lib/modes/measure-slides';
export { presenterLink, projectorLink } from '../../lib/modes/presenter-link';
export { default as PresentTools } from './PresentTools.svelte';
export { default as NotesPanel } from './NotesPanel.svelte';
export { default as PresenterView } from './PresenterView.svelte';
export { default as QrPanel } from './QrPanel.svelte';
