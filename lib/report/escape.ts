// Escaping for the formats that embed names and tag values: a tag value such as
// "<script>alert(1)</script>" must come out as text in HTML and XML, never as markup.
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

/** Markdown table cells: pipes and newlines would break the table; < > would become HTML on GitHub. */
export function escapeMarkdownCell(text: string): string {
  return text
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * A Markdown code span that shows `text` exactly, also inside a table cell. Inside a code span
 * Markdown decodes no entities (`&lt;` would show literally) and parses no HTML, so < > stay as
 * they are; a fence longer than any backtick run inside keeps the span closed; GitHub's tables
 * still split cells on `|`, which `\|` prevents (and shows as `|`).
 */
export function markdownCode(text: string, options: { inTable: boolean } = { inTable: true }): string {
  const oneLine = text.replace(/[\r\n]+/g, ' ');
  const flat = options.inTable ? oneLine.replace(/\|/g, '\\|') : oneLine;
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
