/** Where the skip links lead: ids of elements that take focus (tabIndex -1). */
const TARGETS = [
  { id: 'timeline', label: 'Skip to the timeline' },
  { id: 'event-list', label: 'Skip to the event list' },
] as const;

/**
 * The first stops of the Tab key: past the header and the search, straight to the timeline
 * or the event list. Focus moves by script, so the address keeps no `#fragment`.
 */
export function SkipLinks() {
  return (
    <nav className="skip-links" aria-label="Skip links">
      {TARGETS.map(({ id, label }) => (
        <a
          key={id}
          href={`#${id}`}
          onClick={(event) => {
            const target = document.getElementById(id);
            if (!target) return;
            event.preventDefault();
            target.focus();
          }}
        >
          {label}
        </a>
      ))}
    </nav>
  );
}
