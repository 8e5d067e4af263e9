/**
 * Telling the host page how tall the embed wants to be, in the two
 * conventions hosts listen for: pym.js (most newsroom CMSs) and AMP's
 * amp-iframe. Messages go to any origin (`'*'`): they carry only a height,
 * and the host's origin is not known in advance.
 */

/** pym.js's wire format: `pym` + `xPYMx` + frame id + `xPYMx` + message type + `xPYMx` + value. */
export function pymMessage(childId: string, type: string, value: string): string {
  return ['pym', childId, type, value].join('xPYMx');
}

export function pymHeightMessage(childId: string, height: number): string {
  return pymMessage(childId, 'height', String(height));
}

export interface AmpSizeMessage {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
}

export function ampSizeMessage(height: number): AmpSizeMessage {
  return { sentinel: 'amp', type: 'embed-size', height };
}

/**
 * Reports the page's height to the parent now and whenever it changes.
 * Returns the function that stops it. Does nothing outside a frame.
 */
export function reportHeight(childId: string | null, target: Window = window): () => void {
  const parent = target.parent;
  if (!parent || parent === target) return () => {};
  const root = target.document.documentElement;
  let last = -1;
  const send = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last || height <= 0) return;
    last = height;
    // pym's parent ignores messages without its frame's id; AMP has no id.
    if (childId) parent.postMessage(pymHeightMessage(childId, height), '*');
    parent.postMessage(ampSizeMessage(height), '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(root);
  send();
  return () => observer.disconnect();
}
