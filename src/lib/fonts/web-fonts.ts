/**
 * Imported (dynamically) once the prerendered text has painted: Vite links the
 * faces' stylesheet then, and the browser fetches the subsets the text uses.
 * Had the page's own stylesheet declared them, Chromium would hold the first
 * paint until they arrived; this way the text shows at once in the
 * metric-matched fallbacks (src/app.css) and the designed faces replace them
 * without moving a line.
 */
import '../../fonts.css';
