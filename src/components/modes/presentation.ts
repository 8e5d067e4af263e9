/**
 * What only a presentation needs, in a chunk of its own that the page loads
 * when a presentation starts (or opens as one): measuring steps into slides,
 * the link between the projector's window and the presenter view, and the
 * panels only a presenter sees. Most readers scroll, and never fetch it.
 */
export { sameSlides, showAll, showSlide, watchSlides } from './measure-slides';
export { presenterLink, projectorLink } from './presenter-link';
export { default as PresentTools } from '../../components/modes/PresentTools.svelte';
export { default as NotesPanel } from '../../components/modes/NotesPanel.svelte';
export { default as PresenterView } from '../../components/modes/PresenterView.svelte';
export { default as QrPanel } from '../../components/modes/QrPanel.svelte';
