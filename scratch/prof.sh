#!/bin/bash
cd /work/main
(PORT=18080 npx tsx demo-platform/main.ts > /tmp/demo.out 2>&1 &) ; sleep 3; K6=~/.cache/course-perf/k6-v2.2.0/k6
BASE_URL=http://127.0.0.1:18080 PERFORMANCE_USER_WEIGHTS=100/0/0 PERFORMANCE_CONCURRENT_USERS=20 PERFORMANCE_TEST_DURATION=25 PERFORMANCE_RAMP_UP=0 PERFORMANCE_RAMP_DOWN=0 PERFORMANCE_THINK_TIME=0.1 K6_NO_USAGE_REPORT=true $K6 run --quiet --profiling-enabled --address 127.0.0.1:6565 ${1:-dist/load.js} > /dev/null 2>/tmp/prof.err & sleep 8; curl -s -o /tmp/cpu.pprof "http://127.0.0.1:6565/debug/pprof/profile?seconds=12"; wait; pkill -f demo-platform/main.ts
go tool pprof -top -cum -nodecount=400 $K6 /tmp/cpu.pprof 2>/dev/null | head -5
go tool pprof -top -cum -nodecount=400 $K6 /tmp/cpu.pprof 2>/dev/null | grep -E "k6/v2|sobek.*builtin|gcBgMark|mallocgc$|sobek.\(\*vm\).run$" | head -40
