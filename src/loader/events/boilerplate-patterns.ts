/**
 * Lines of a web page that are furniture, not reporting: captions, credits, widgets,
 * footers. They stay in the text (the app dims them) but yield no events.
 */

/** First match names the reason; patterns are tried on the trimmed paragraph. */
const BOILERPLATE_PATTERNS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(copyright\b|©|\(c\)\s)/i, 'copyright'],
  [/\ball rights reserved\b/i, 'copyright'],
  [/^(file )?(photo|image|picture|video|graphic)s?( of\b|\s*:|\s*credit)/i, 'photo-caption'],
  [/^(file|handout|archive) (photo|image|picture)\b/i, 'photo-caption'],
  [/\((?:[A-Z][\w .-]*\/)?(?:AFP|AP|Reuters|Getty Images|EPA|file) photo\)\s*$/i, 'photo-caption'],
  [/^(source|sources)( from)?\s*:/i, 'source-line'],
  [/^(as )?(reported|written|published|compiled) by\b/i, 'attribution'],
  [/^\(?(reporting|additional reporting|writing|editing) by\b/i, 'attribution'],
  [/^(this (article|story) (first|originally) appeared|originally published)\b/i, 'attribution'],
  [
    /^by [A-Z][\w.'’-]+( [A-Z][\w.'’-]+){0,3}( and [A-Z][\w.'’-]+( [A-Z][\w.'’-]+){0,3})?$/,
    'byline',
  ],
  // "Share", "Email", "Print", "Comments" are a widget only alone or before what a widget
  // says next ("Share this article", "Email us", "Comments (3)"): "Share prices fell 3%"
  // and "Print advertising revenue rose" are news.
  [
    /^(leave a (reply|comment)|(share|tweet|email|print|comments?)(?=\s*(?:$|[:|(\d]|this\b|on\b|via\b|us\b|to\b))|follow us|related( articles| posts| stories)?\b|read more|click here|subscribe|sign up|advertisement|you may also like|tags\s*:|filed under|posted in|loading\.\.\.)/i,
    'page-widget',
  ],
];

/** Why a paragraph is boilerplate, or null when it is reporting. */
export function boilerplateReason(paragraphText: string): string | null {
  const trimmed = paragraphText.trim();
  if (trimmed === '') return null;
  for (const [pattern, reason] of BOILERPLATE_PATTERNS) {
    // Long paragraphs are prose even when they open with "Share" or "Photo of".
    if (pattern.test(trimmed) && (reason === 'copyright' || trimmed.length <= 160)) return reason;
  }
  return null;
}

/** The source a boilerplate line names ("As reported by The Times of Israel"), if any. */
export function sourceNamedBy(paragraphText: string, reason: string): string | null {
  const trimmed = paragraphText.trim();
  let match: RegExpExecArray | null = null;
  if (reason === 'attribution') {
    match = /^(?:as )?(?:reported|published) by\s+(?:the\s+)?(.+?)[.\s]*$/i.exec(trimmed);
    if (match?.[1] && /^the\b/i.test(trimmed.replace(/^(?:as )?(?:reported|published) by\s+/i, '')))
      return cleanSource(`The ${match[1]}`);
  } else if (reason === 'copyright') {
    match =
      /^(?:copyright\s*)?(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*([A-Z][^·|.]*?)\s*(?:[·|.]|all rights reserved|$)/i.exec(
        trimmed,
      );
  }
  return match?.[1] ? cleanSource(match[1]) : null;
}

function cleanSource(name: string): string | null {
  const cleaned = name
    .replace(/\s+/g, ' ')
    .replace(/[\s·|,.:;-]+$/, '')
    .trim();
  if (cleaned.length < 2 || cleaned.length > 80 || /^all rights reserved$/i.test(cleaned))
    return null;
  return cleaned;
}
