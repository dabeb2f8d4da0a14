/** The keyboard feature's public entry: the page-wide shortcuts, for the app. */
export { useKeyboardShortcuts } from './hooks/use-keyboard-shortcuts.ts';
