#!/bin/sh
# Log benchmarks (docs/benchmarks.md, "Logs"). Run from the project root after `mvn -B -o package`.
# Generated inputs go to /tmp, never into the repository.
set -e
JAR=target/sightline.jar
[ -f /tmp/access-1g.log ] || mawk -v lines=5000000 -f docs/bench/gen-access-log.awk > /tmp/access-1g.log
[ -f /tmp/logback-big.log ] || mawk -v entries=2500000 -f docs/bench/gen-logback-log.awk > /tmp/logback-big.log
cat /tmp/access-1g.log /tmp/logback-big.log > /dev/null   # warm the page cache
hyperfine --output=pipe --warmup 1 --runs 5 \
  "LC_ALL=C grep -c ' 500 ' /tmp/access-1g.log" \
  "java -jar $JAR logs /tmp/access-1g.log --metrics 1m --threads 2" \
  "java -jar $JAR logs /tmp/access-1g.log --metrics 1m --threads 1"
hyperfine -i --output=pipe --warmup 1 --runs 5 \
  "LC_ALL=C grep -c ' 500 ' /tmp/logback-big.log" \
  "java -jar $JAR logs /tmp/logback-big.log --metrics 1m --threads 2" \
  "java -jar $JAR logs /tmp/logback-big.log --metrics 1m --threads 1"
java -cp target/test-classes:$JAR io.sightline.source.log.TailLatencyBench 50000 10
# The same path to the screen: followed file -> live window -> log pane (needs a display; Xvfb is fine)
[ -n "$DISPLAY" ] && java -cp target/test-classes:$JAR 'io.sightline.ui.log.PaneTailLatencyBench$Launch' 50000 10
# Steady-state logback parse, in-process (JIT warm): wall and CPU of each of 8 passes
java -cp target/test-classes:$JAR io.sightline.source.log.ParsePassesBench /tmp/logback-big.log 8
