import { beforeEach, describe, expect, it, vi } from 'vitest';

// The real map-view imports MapLibre, which needs WebGL and workers; what is tested here is how
// the page asks for it: once, starting the worker once, and again after a failed download.
const MAP_VIEW = '../../src/lib/map/map-view';
const startWorker = vi.fn();
let fail = false;

describe('loadMapView', () => {
  beforeEach(() => {
    vi.resetModules();
    vi.doUnmock(MAP_VIEW);
    // A factory that throws stands for a chunk that did not download.
    vi.doMock(MAP_VIEW, () => {
      if (fail) throw new Error('the chunk did not download');
      return { startWorker, MapView: class {} };
    });
    startWorker.mockClear();
    fail = false;
  });

  it('gives every caller the same module and starts the worker once, as soon as the code has run', async () => {
    const { loadMapView } = await import('../../src/lib/map/load-map');
    const early = loadMapView();
    expect(loadMapView()).toBe(early);
    const mapView = await early;
    expect(mapView.startWorker).toBe(startWorker);
    await loadMapView();
    expect(startWorker).toHaveBeenCalledTimes(1);
  });

  it('asks again after a failed download, so the map stage is not handed the early failure', async () => {
    const { loadMapView } = await import('../../src/lib/map/load-map');
    fail = true;
    await expect(loadMapView()).rejects.toThrow();
    expect(startWorker).not.toHaveBeenCalled();
    fail = false;
    await expect(loadMapView()).resolves.toHaveProperty('startWorker', startWorker);
    expect(startWorker).toHaveBeenCalledTimes(1);
  });
});
