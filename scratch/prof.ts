import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { ProcessTreeSource } from '../sidecar/proc-tree.ts';
const pid = Number(process.argv[2]);
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
const src = new ProcessTreeSource({ pid });
await src.read();
let c0 = cpu(); for (let i = 0; i < 100; i++) await src.read(); console.log('read()', (cpu() - c0) / 100, 'ms cpu each');
c0 = cpu(); for (let i = 0; i < 100; i++) readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'); console.log('smaps_rollup sync', (cpu() - c0) / 100);
c0 = cpu(); for (let i = 0; i < 100; i++) for (const p of readFileSync('/proc/self/stat','utf8') && require_list()) {} console.log('x');
function require_list(){return []}
const pids = (await import('node:fs')).readdirSync('/proc').filter((n) => /^\d+$/.test(n));
c0 = cpu(); for (let i = 0; i < 100; i++) for (const p of pids) { try { readFileSync(`/proc/${p}/stat`, 'utf8'); } catch {} } console.log('all stat sync', (cpu() - c0) / 100);
c0 = cpu(); for (let i = 0; i < 100; i++) await Promise.all(pids.map((p) => readFile(`/proc/${p}/stat`, 'utf8').catch(() => ''))); console.log('all stat async', (cpu() - c0) / 100);
