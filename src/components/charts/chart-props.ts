import type { Story } from '../../lib/content/schema';

/** What every chart takes: Chart.svelte passes it on to the component of the chart's type. */
export interface ChartProps {
  /** The chart's id in story.json. */
  id: string;
  story: Story;
  /** How far the reader is through the step, 0 to 1; 1 (the default) is the finished chart. */
  progress?: number;
}
