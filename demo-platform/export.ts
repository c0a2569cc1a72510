// A course as one downloadable document. Heavier than the other reads on purpose: it reads and
// renders every chapter, with a table of contents and word statistics.
import type { ChapterRow } from './db.ts';

export type ExportFormat = 'json' | 'markdown' | 'html';

interface CourseInfo {
  id: number;
  title: string;
  topic: string;
  level: string;
  language: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function wordFrequencies(chapters: ChapterRow[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const chapter of chapters) {
    for (const word of (chapter.content ?? '').toLowerCase().match(/[a-z]+/g) ?? [])
      counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 10);
}

export function renderExport(
  course: CourseInfo,
  chapters: ChapterRow[],
  format: ExportFormat,
): { contentType: string; extension: string; body: string } {
  const totalWords = chapters.reduce((sum, c) => sum + (c.word_count ?? 0), 0);
  const keywords = wordFrequencies(chapters);
  if (format === 'json') {
    const body = JSON.stringify({
      course: { ...course, word_count: totalWords, keywords: keywords.map(([word]) => word) },
      chapters: chapters.map((c) => ({ index: c.idx, title: c.title, word_count: c.word_count, content: c.content })),
    });
    return { contentType: 'application/json; charset=utf-8', extension: 'json', body };
  }
  if (format === 'markdown') {
    const toc = chapters.map((c) => `${c.idx}. ${c.title}`).join('\n');
    const body = `# ${course.title}\n\n*${course.topic}, ${course.level}, ${totalWords} words*\n\n## Contents\n\n${toc}\n\n${chapters.map((c) => c.content).join('\n')}`;
    return { contentType: 'text/markdown; charset=utf-8', extension: 'md', body };
  }
  const toc = chapters.map((c) => `<li><a href="#ch${c.idx}">${escapeHtml(c.title)}</a></li>`).join('');
  const sections = chapters
    .map(
      (c) =>
        `<section id="ch${c.idx}"><h2>${escapeHtml(c.title)}</h2>${(c.content ?? '')
          .split('\n\n')
          .slice(1)
          .map((p) => `<p>${escapeHtml(p)}</p>`)
          .join('')}</section>`,
    )
    .join('');
  const body = `<!doctype html><html lang="${escapeHtml(course.language)}"><head><meta charset="utf-8"><title>${escapeHtml(course.title)}</title></head><body><h1>${escapeHtml(course.title)}</h1><p>${escapeHtml(course.topic)} &middot; ${escapeHtml(course.level)} &middot; ${totalWords} words</p><ol>${toc}</ol>${sections}</body></html>`;
  return { contentType: 'text/html; charset=utf-8', extension: 'html', body };
}
