/**
 * Full screen for the projector. Browsers refuse it in an iframe without
 * `allowfullscreen`, without a user gesture, or not at all (iPhone Safari);
 * then the presentation simply stays in the window.
 */
export async function toggleFullscreen(element: Element = document.documentElement): Promise<void> {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else if (typeof element.requestFullscreen === 'function') await element.requestFullscreen();
  } catch {
    // Refused: nothing is lost, the presentation goes on in the window.
  }
}
