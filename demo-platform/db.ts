// The embedded SQLite database: schema, and the prepared statements every request uses.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Role } from '../lib/users/pool-spec.ts';

export type JobStatus = 'queued' | 'running' | 'completed' | 'failed';

export interface UserRow {
  id: number;
  email: string;
  password_hash: string;
  role: Role;
}
export interface CourseRow {
  id: number;
  owner_id: number;
  title: string;
  topic: string;
  level: string;
  chapter_count: number;
  language: string;
  created_at: string;
  updated_at: string;
}
export interface ChapterRow {
  course_id: number;
  idx: number;
  title: string;
  status: 'pending' | 'queued' | 'running' | 'completed' | 'failed';
  content: string | null;
  word_count: number | null;
  started_at: string | null;
  finished_at: string | null;
  duration_ms: number | null;
}
export interface JobRow {
  id: number;
  course_id: number;
  status: JobStatus;
  chapters_total: number;
  chapters_completed: number;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  error: string | null;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS users (
  id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, password_hash TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('regular','power','admin')));
CREATE TABLE IF NOT EXISTS courses (
  id INTEGER PRIMARY KEY, owner_id INTEGER NOT NULL REFERENCES users(id), title TEXT NOT NULL, topic TEXT NOT NULL,
  level TEXT NOT NULL, chapter_count INTEGER NOT NULL, language TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS courses_owner ON courses(owner_id, id);
CREATE TABLE IF NOT EXISTS chapters (
  course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE, idx INTEGER NOT NULL, title TEXT NOT NULL,
  status TEXT NOT NULL, content TEXT, word_count INTEGER, started_at TEXT, finished_at TEXT, duration_ms INTEGER,
  PRIMARY KEY (course_id, idx));
CREATE TABLE IF NOT EXISTS jobs (
  id INTEGER PRIMARY KEY, course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE, status TEXT NOT NULL,
  chapters_total INTEGER NOT NULL, chapters_completed INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL,
  started_at TEXT, finished_at TEXT, error TEXT);
CREATE INDEX IF NOT EXISTS jobs_course ON jobs(course_id, id);
CREATE INDEX IF NOT EXISTS jobs_status ON jobs(status, id);
`;

export function openDatabase(dataDir: string): Database.Database {
  let file = ':memory:';
  if (dataDir !== ':memory:') {
    mkdirSync(dataDir, { recursive: true });
    file = join(dataDir, 'platform.sqlite');
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  return db;
}

/** Every statement the platform runs, prepared once. */
export function prepare(db: Database.Database) {
  return {
    ping: db.prepare('SELECT 1'),
    userByEmail: db.prepare<[string], UserRow>('SELECT * FROM users WHERE email = ?'),
    insertUser: db.prepare(
      'INSERT INTO users (email, password_hash, role) VALUES (?, ?, ?) ON CONFLICT(email) DO UPDATE SET password_hash = excluded.password_hash, role = excluded.role',
    ),
    insertCourse: db.prepare<[number, string, string, string, number, string, string, string]>(
      'INSERT INTO courses (owner_id, title, topic, level, chapter_count, language, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    insertChapter: db.prepare<[number, number, string]>(
      "INSERT INTO chapters (course_id, idx, title, status) VALUES (?, ?, ?, 'pending')",
    ),
    course: db.prepare<[number], CourseRow>('SELECT * FROM courses WHERE id = ?'),
    chaptersOf: db.prepare<[number], ChapterRow>('SELECT * FROM chapters WHERE course_id = ? ORDER BY idx'),
    chapter: db.prepare<[number, number], ChapterRow>('SELECT * FROM chapters WHERE course_id = ? AND idx = ?'),
    listOwn: db.prepare<[number, string, number, number], CourseRow>(
      "SELECT * FROM courses WHERE owner_id = ? AND title LIKE ? ESCAPE '\\' ORDER BY id DESC LIMIT ? OFFSET ?",
    ),
    countOwn: db.prepare<[number, string], { n: number }>(
      "SELECT COUNT(*) AS n FROM courses WHERE owner_id = ? AND title LIKE ? ESCAPE '\\'",
    ),
    listAll: db.prepare<[string, number, number], CourseRow>(
      "SELECT * FROM courses WHERE title LIKE ? ESCAPE '\\' ORDER BY id DESC LIMIT ? OFFSET ?",
    ),
    countAll: db.prepare<[string], { n: number }>("SELECT COUNT(*) AS n FROM courses WHERE title LIKE ? ESCAPE '\\'"),
    updateCourse: db.prepare(
      'UPDATE courses SET title = ?, topic = ?, level = ?, language = ?, updated_at = ? WHERE id = ?',
    ),
    deleteCourse: db.prepare<[number]>('DELETE FROM courses WHERE id = ?'),
    activeJobOf: db.prepare<[number], JobRow>(
      "SELECT * FROM jobs WHERE course_id = ? AND status IN ('queued','running') LIMIT 1",
    ),
    latestJobOf: db.prepare<[number], JobRow>('SELECT * FROM jobs WHERE course_id = ? ORDER BY id DESC LIMIT 1'),
    insertJob: db.prepare<[number, number, string]>(
      "INSERT INTO jobs (course_id, status, chapters_total, created_at) VALUES (?, 'queued', ?, ?)",
    ),
    job: db.prepare<[number], JobRow>('SELECT * FROM jobs WHERE id = ?'),
    resetChapters: db.prepare<[number]>(
      "UPDATE chapters SET status = 'queued', content = NULL, word_count = NULL, started_at = NULL, finished_at = NULL, duration_ms = NULL WHERE course_id = ?",
    ),
    startChapter: db.prepare<[string, number, number]>(
      "UPDATE chapters SET status = 'running', started_at = ? WHERE course_id = ? AND idx = ?",
    ),
    finishChapter: db.prepare<[string, number, string, number, number, number]>(
      "UPDATE chapters SET status = 'completed', content = ?, word_count = ?, finished_at = ?, duration_ms = ? WHERE course_id = ? AND idx = ?",
    ),
    markJobRunning: db.prepare<[string, number]>(
      "UPDATE jobs SET status = 'running', started_at = COALESCE(started_at, ?) WHERE id = ?",
    ),
    jobChapterDone: db.prepare<[number]>('UPDATE jobs SET chapters_completed = chapters_completed + 1 WHERE id = ?'),
    finishJob: db.prepare<[string, string | null, string, number]>(
      'UPDATE jobs SET status = ?, error = ?, finished_at = ? WHERE id = ?',
    ),
    failUnfinishedJobs: db.prepare<[string]>(
      "UPDATE jobs SET status = 'failed', error = 'interrupted: the platform restarted', finished_at = ? WHERE status IN ('queued','running')",
    ),
    failUnfinishedChapters: db.prepare("UPDATE chapters SET status = 'failed' WHERE status IN ('queued','running')"),
    recentJobs: db.prepare<[string, string, number], JobRow>(
      "SELECT * FROM jobs WHERE (? = '' OR status = ?) ORDER BY id DESC LIMIT ?",
    ),
    jobCounts: db.prepare<[], { status: JobStatus; n: number }>(
      'SELECT status, COUNT(*) AS n FROM jobs GROUP BY status',
    ),
    counts: db.prepare<[], { users: number; courses: number }>(
      'SELECT (SELECT COUNT(*) FROM users) AS users, (SELECT COUNT(*) FROM courses) AS courses',
    ),
    usersWithCounts: db.prepare<[], { id: number; email: string; role: Role; course_count: number }>(
      'SELECT u.id, u.email, u.role, (SELECT COUNT(*) FROM courses c WHERE c.owner_id = u.id) AS course_count FROM users u ORDER BY u.id',
    ),
  };
}

export type Statements = ReturnType<typeof prepare>;
