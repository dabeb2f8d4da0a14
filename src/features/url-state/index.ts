/** The address feature's public entry: the view location kept in the URL, for the app. */
export { useViewLocation, type Navigate } from './hooks/use-view-location.ts';
export type { ViewLocation } from './utils/view-location.ts';
