// Chapter generation that behaves like an LLM call: each chapter waits a time drawn from the
// configured distribution (the model's latency), then does real CPU work building its text.
// A bounded pool of workers takes chapters from one FIFO queue, so under load the queue grows
// and generation slows down, which is what the suite must see.
import { createHash } from 'node:crypto';
import type { Statements } from './db.ts';

interface ChapterTask {
  jobId: number;
  courseId: number;
  index: number;
  total: number;
  topic: string;
  title: string;
}

const WORDS = (
  'system model data learning course module concept example practice theory method result analysis design ' +
  'process structure function value pattern principle problem solution approach technique framework review ' +
  'measure scale latency throughput capacity request response queue worker cache index query failure recovery'
).split(' ');

/** Builds a chapter's text: a few hundred words, deterministic per course and chapter, plus hashing work. */
function writeChapter(topic: string, title: string, seed: number): { content: string; wordCount: number } {
  const chapter = chapterText(topic, title, seed);
  // The "model" thinking: a fixed amount of real CPU work per chapter.
  let digest = createHash('sha256').update(chapter.content).digest();
  for (let i = 0; i < 2000; i++) digest = createHash('sha256').update(digest).digest();
  return chapter;
}

/** A chapter's text as generation writes it (without the CPU work): the kept dataset made at start uses it too. */
export function chapterText(topic: string, title: string, seed: number): { content: string; wordCount: number } {
  let state = seed >>> 0 || 1;
  const next = () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
  const paragraphs: string[] = [];
  let wordCount = 0;
  for (let p = 0; p < 6; p++) {
    const sentences: string[] = [];
    for (let s = 0; s < 5; s++) {
      const length = 8 + Math.floor(next() * 10);
      const words = Array.from({ length }, () => WORDS[Math.floor(next() * WORDS.length)]!);
      if (s === 0 && p === 0) words.splice(1, 0, topic);
      wordCount += words.length;
      const sentence = words.join(' ');
      sentences.push(`${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`);
    }
    paragraphs.push(sentences.join(' '));
  }
  return { content: `# ${title}\n\n${paragraphs.join('\n\n')}\n`, wordCount };
}

export class GenerationPool {
  private readonly queue: ChapterTask[] = [];
  private busy = 0;
  private stopped = false;
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly sql: Statements,
    private readonly workers: number,
    private readonly chapterMs: { min: number; max: number },
    private readonly slowFactor: number,
  ) {}

  /** Chapters waiting for a worker. */
  get depth(): number {
    return this.queue.length;
  }

  /** Queues a job's first chapter; each finished chapter queues the next (chapters are written in order). */
  enqueueJob(jobId: number, courseId: number, topic: string, titles: string[]): void {
    this.queue.push({ jobId, courseId, index: 1, total: titles.length, topic, title: titles[0]! });
    this.titles.set(jobId, titles);
    this.pump();
  }

  private readonly titles = new Map<number, string[]>();

  private pump(): void {
    while (!this.stopped && this.busy < this.workers && this.queue.length > 0) {
      const task = this.queue.shift()!;
      this.busy++;
      this.run(task);
    }
  }

  private run(task: ChapterTask): void {
    const startedAt = new Date();
    // The job may have been deleted with its course while it waited.
    if (!this.sql.job.get(task.jobId)) {
      this.release(task.jobId);
      return;
    }
    this.sql.markJobRunning.run(startedAt.toISOString(), task.jobId);
    this.sql.startChapter.run(startedAt.toISOString(), task.courseId, task.index);
    const { min, max } = this.chapterMs;
    const waitMs = (min + Math.random() * (max - min)) * this.slowFactor;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.finish(task, startedAt);
    }, waitMs);
    this.timers.add(timer);
  }

  private finish(task: ChapterTask, startedAt: Date): void {
    if (this.stopped) return;
    if (!this.sql.job.get(task.jobId)) {
      this.release(task.jobId);
      return;
    }
    const { content, wordCount } = writeChapter(task.topic, task.title, task.courseId * 1000 + task.index);
    const finishedAt = new Date();
    this.sql.finishChapter.run(
      content,
      wordCount,
      finishedAt.toISOString(),
      finishedAt.getTime() - startedAt.getTime(),
      task.courseId,
      task.index,
    );
    this.sql.jobChapterDone.run(task.jobId);
    if (task.index < task.total) {
      const titles = this.titles.get(task.jobId) ?? [];
      // Next chapter goes to the back of the queue: other jobs waiting get their turn.
      this.queue.push({ ...task, index: task.index + 1, title: titles[task.index] ?? `Chapter ${task.index + 1}` });
      this.busy--;
      this.pump();
    } else {
      this.sql.finishJob.run('completed', null, finishedAt.toISOString(), task.jobId);
      this.release(task.jobId);
    }
  }

  private release(jobId: number): void {
    this.titles.delete(jobId);
    this.busy--;
    this.pump();
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
