/** Svelte 5 in runes mode throughout. */
export default {
  compilerOptions: { runes: true }
};
