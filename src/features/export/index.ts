/** The export feature's public entry: the events in view as CSV or TimelineJS3, for the app. */
export { ExportEvents } from './components/export-events.tsx';
