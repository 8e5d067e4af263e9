/**
 * Whether MapLibre can start here. Asked before its large chunk is fetched, so
 * a browser without WebGL2 never downloads it. Software WebGL (SwiftShader)
 * counts as WebGL: it is slow, but it draws the real map.
 */
export function hasWebGL2(): boolean {
  // jsdom and very old browsers: no constructor at all (and jsdom's getContext only complains).
  if (typeof WebGL2RenderingContext === 'undefined') return false;
  // A context costs milliseconds to make: the page asks twice (to fetch the map's code early, then to start the map) and probes once.
  return (probed ??= probe());
}

let probed: boolean | undefined;

function probe(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return false;
    // Give the probe's context back at once: browsers cap how many live at a time.
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
