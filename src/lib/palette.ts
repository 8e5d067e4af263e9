/** Colours shared by the basemap, the overlay and the CSS custom properties. */
export const palette = {
  sea: '#d9e3e8',
  land: '#f6f3ec',
  coast: '#a9b8bf',
  border: '#c7bfb1',
  route: '#b3261e',
  origin: '#1d1d1b',
  entry: '#b3261e',
  haven: '#6a3d9a',
  ink: '#1d1d1b',
  city: '#3c3c3a',
  circle: '#b3261e',
  /** The countries a step is about: a pale warm wash, under the routes and markers. */
  tint: '#f0dfbf',
  /** Country and sea names: quieter than place names, which they must not compete with. */
  countryLabel: '#7a7266',
  countryLabelTinted: '#5a4a33',
  seaLabel: '#4f6a79'
} as const;
