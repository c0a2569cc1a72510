// Escaping for the formats that embed names and tag values: a tag value such as
// "<script>alert(1)</script>" must come out as text in HTML and XML, never as markup.
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Markdown table cells: pipes and newlines would break the table; < > would become HTML on GitHub. */
export function escapeMarkdownCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
