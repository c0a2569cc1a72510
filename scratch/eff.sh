#!/bin/bash
# usage: eff.sh DURATION VUS THINK
cd /work/main
(PORT=18080 npx tsx demo-platform/main.ts > /tmp/demo.out 2>&1 &) ; sleep 3
K6=~/.cache/course-perf/k6-v2.2.0/k6
D=${1:-20}; V=${2:-10}; T=${3:-0}
for s in bare ours; do
  if [ $s = bare ]; then E="BASE_URL=http://127.0.0.1:18080 BENCH_VUS=$V BENCH_DURATION_S=$D BENCH_THINK_S=$T"; F=bench/bare.js
  else E="BASE_URL=http://127.0.0.1:18080 PERFORMANCE_USER_WEIGHTS=100/0/0 PERFORMANCE_CONCURRENT_USERS=$V PERFORMANCE_TEST_DURATION=$D PERFORMANCE_RAMP_UP=0 PERFORMANCE_RAMP_DOWN=0 PERFORMANCE_THINK_TIME=$T"; F=${OURS:-dist/load.js}; fi
  env $E K6_NO_USAGE_REPORT=true /usr/bin/time -f "$s %e s %U u %S s %M KB" $K6 run --quiet --no-color --summary-export /tmp/$s.json $F > /dev/null 2>/tmp/$s.err
  tail -1 /tmp/$s.err
  python3 -c "import json;m=json.load(open('/tmp/$s.json'))['metrics'];print(m['http_reqs'], m['iterations']['count'])"
done
pkill -f demo-platform/main.ts
